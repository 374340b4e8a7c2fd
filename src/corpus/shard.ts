// A stable partition of inputs across N machines by a hash of their path.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return undefined;
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  return shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count ? shard : undefined;
}

/** Whether the input with this key belongs to the shard. */
export function inShard(key: string, shard: Shard): boolean {
  const digest = createHash('sha256').update(key).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
