// Stage 1, decode. The processor's parser turns the bytes (vfile value) into
// text: encoding detected, byte-order mark removed, bad bytes failing the file
// with a rule id instead of a bare Error. Its transformer then reads the
// text's blocks (lines; Markdown tables) by format: plain text is the source
// itself; Markdown is read for its block structure and spans index the
// Markdown file; an HTML page is rendered to plain text (src/text/html.ts) and
// spans index that rendering, which the output carries. The Markdown and HTML
// readers are loaded by the first document that needs one.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { BlockNode, PolicyRoot } from '../src/tree.js';
import { declaredCharset, decodeBytes, DecodeError, type Decoded } from '../src/text/decode-bytes.js';
import { textLines } from '../src/text/lines.js';

export type InputFormat = PolicyRoot['format'];

const formats: Record<string, InputFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' };

export const formatOf = (file: VFile): InputFormat => formats[(file.extname ?? '').toLowerCase()] ?? 'text';

/** An HTML page's declared charset wins when its bytes decode strictly in it. */
function decodeHtml(bytes: Uint8Array, asUtf8: string): Decoded {
  const declared = declaredCharset(bytes);
  const encoding = declared && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : declared;
  if (encoding && encoding !== 'utf-8') {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom: false };
    } catch {
      // fall back to detection
    }
  }
  return decodeBytes(bytes, asUtf8);
}

/**
 * The decoded text as the tree's source; its blocks are read by the transformer.
 * `asUtf8` is the file's value as unified hands it to a parser (bytes decoded as UTF-8, with replacement).
 */
function decodeFile(file: VFile, asUtf8: string): PolicyRoot {
  const value = file.value;
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  const format = formatOf(file);
  let decoded: Decoded;
  try {
    decoded = format === 'html' ? decodeHtml(bytes, asUtf8) : decodeBytes(bytes, asUtf8);
  } catch (error) {
    if (error instanceof DecodeError) file.fail(error.message, { ruleId: error.ruleId, source: 'policy-extract' });
    throw error;
  }
  return { type: 'root', source: decoded.text, view: decoded.text, format, encoding: decoded.encoding, blocks: [], children: [], meta: null };
}

/** Reads a format's decoded text: the source that spans index, and its blocks. */
type Reader = (text: string) => { source: string; blocks: BlockNode[] };

const plainText: Reader = (text) => ({ source: text, blocks: textLines(text) });

const loaders: Record<Exclude<InputFormat, 'text'>, () => Promise<Reader>> = {
  markdown: async () => {
    const { markdownBlocks } = await import('../src/text/markdown.js');
    return (text) => ({ source: text, blocks: markdownBlocks(text) });
  },
  html: async () => {
    const { renderHtml } = await import('../src/text/html.js');
    return (page) => plainText(renderHtml(page));
  },
};

const readers: Partial<Record<InputFormat, Reader>> = { text: plainText };

function read(reader: Reader, tree: PolicyRoot, file: VFile): void {
  const { source, blocks } = reader(tree.source);
  if (tree.format === 'html' && source.trim() === '') file.fail('the page has no article text', { ruleId: 'input-blank', source: 'policy-extract' });
  tree.source = source;
  tree.view = source;
  tree.blocks = blocks;
}

export default function decode(this: Processor) {
  this.parser = (document: string, file: VFile) => decodeFile(file, document);
  return (tree: PolicyRoot, file: VFile): void | Promise<void> => {
    const { format } = tree;
    const reader = readers[format];
    if (reader) return read(reader, tree, file);
    return loaders[format as keyof typeof loaders]().then((loaded) => read((readers[format] = loaded), tree, file));
  };
}
