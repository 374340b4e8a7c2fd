// Stage 1, decode: the processor's parser. Bytes in (vfile value), the typed
// tree out: the source text and its blocks (lines; Markdown tables). Plain
// text is the source itself; Markdown is read with remark-parse and spans index
// the Markdown file; an HTML page is rendered to plain text (src/text/html.ts)
// and spans index that rendering, which the output carries. Bad bytes fail the
// file with a rule id instead of throwing a bare Error.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { PolicyRoot } from '../src/tree.js';
import { declaredCharset, decodeBytes, DecodeError, type Decoded } from '../src/text/decode-bytes.js';
import { textLines } from '../src/text/lines.js';
import { markdownBlocks } from '../src/text/markdown.js';
import { renderHtml } from '../src/text/html.js';

export type InputFormat = PolicyRoot['format'];

const formats: Record<string, InputFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' };

export const formatOf = (file: VFile): InputFormat => formats[(file.extname ?? '').toLowerCase()] ?? 'text';

/** An HTML page's declared charset wins when its bytes decode strictly in it. */
function decodeHtml(bytes: Uint8Array): Decoded {
  const declared = declaredCharset(bytes);
  const encoding = declared && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : declared;
  if (encoding && encoding !== 'utf-8') {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom: false };
    } catch {
      // fall back to detection
    }
  }
  return decodeBytes(bytes);
}

export function decodeFile(file: VFile): PolicyRoot {
  const value = file.value;
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  const format = formatOf(file);
  let decoded: Decoded;
  try {
    decoded = format === 'html' ? decodeHtml(bytes) : decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError) file.fail(error.message, { ruleId: error.ruleId, source: 'policy-extract' });
    throw error;
  }
  const source = format === 'html' ? renderHtml(decoded.text) : decoded.text;
  if (format === 'html' && source.trim() === '')
    file.fail('the page has no article text', { ruleId: 'input-blank', source: 'policy-extract' });
  return {
    type: 'root',
    source,
    view: source,
    format,
    encoding: decoded.encoding,
    blocks: format === 'markdown' ? markdownBlocks(source) : textLines(source),
    children: [],
    meta: null,
  };
}

export default function decode(this: Processor) {
  this.parser = (_document: string, file: VFile) => decodeFile(file);
}
