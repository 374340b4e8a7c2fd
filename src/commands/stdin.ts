// policy-extract -: one document read from standard input. Its name is
// "stdin" with the extension of --format, so the id is "stdin"; without
// --format an HTML page is told by its opening tag, anything else is text.
import { buffer } from 'node:stream/consumers';
import type { ExtractInput } from '../index.js';

export const stdinFormats = ['txt', 'md', 'html'] as const;
export type StdinFormat = (typeof stdinFormats)[number];

const looksLikeHtml = (bytes: Uint8Array) => /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body)\b/i.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));

export async function readStdin(format: StdinFormat | undefined): Promise<ExtractInput> {
  const value = new Uint8Array(await buffer(process.stdin));
  return { value, path: `stdin.${format ?? (looksLikeHtml(value) ? 'html' : 'txt')}` };
}
