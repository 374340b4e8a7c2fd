// The hex sha256 that documents record of their source bytes and manifests of
// inputs and outputs: one function, so the build's comparisons always agree.
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
