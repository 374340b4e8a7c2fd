// Stage 1, decode: the processor's parser. Bytes in (vfile value), the typed
// tree out: the decoded source and its blocks (lines; Markdown tables). Bad
// bytes fail the file with a rule id instead of throwing a bare Error.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { PolicyRoot } from '../src/tree.js';
import { decodeBytes, DecodeError } from '../src/text/decode-bytes.js';
import { textLines } from '../src/text/lines.js';
import { markdownBlocks } from '../src/text/markdown.js';

const markdownExtensions = new Set(['.md', '.markdown']);

export function decodeFile(file: VFile): PolicyRoot {
  const value = file.value;
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError) file.fail(error.message, { ruleId: error.ruleId, source: 'policy-extract' });
    throw error;
  }
  const source = decoded.text;
  const markdown = markdownExtensions.has((file.extname ?? '').toLowerCase());
  file.data.encoding = decoded.encoding;
  return {
    type: 'root',
    source,
    view: source,
    format: markdown ? 'markdown' : 'text',
    encoding: decoded.encoding,
    blocks: markdown ? markdownBlocks(source) : textLines(source),
    children: [],
    meta: null,
  };
}

export default function decode(this: Processor) {
  this.parser = (_document: string, file: VFile) => decodeFile(file);
}
