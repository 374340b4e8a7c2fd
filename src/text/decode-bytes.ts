// Turns raw bytes into the source text. A byte-order mark is removed (spans
// never index it). UTF-8 is tried first; otherwise the encoding is detected
// (chardet) among the supported ones and decoded strictly. Bytes that fit no
// supported encoding, binary files and damaged UTF-8 are refused with a reason,
// never decoded with replacement characters.
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { binarySignatures, controlShareMax, minimumConfidence, supportedEncodings } from '../rules/encodings.js';

/** chardet, loaded the first time bytes are not UTF-8: most inputs never need it. */
let chardet: typeof import('chardet') | undefined;
const detector = () => (chardet ??= createRequire(import.meta.url)('chardet') as typeof import('chardet'));

export interface Decoded {
  text: string;
  encoding: string;
  bom: boolean;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
  }
}

const boms: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte-order mark: every ASCII character (line breaks, digits,
 * punctuation) is a code unit with a NUL high byte, so ASCII–NUL pairs are
 * frequent and fall on one side of the pair. Stray NULs in 8-bit text are neither.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length % 2) return undefined;
  const ascii = (b: number | undefined) => b !== undefined && b >= 0x09 && b <= 0x7e;
  let little = 0;
  let big = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i + 1] === 0 && ascii(bytes[i])) little++;
    if (bytes[i] === 0 && ascii(bytes[i + 1])) big++;
  }
  const units = bytes.length / 2;
  if (little >= 0.01 * units && little > 10 * big) return 'utf-16le';
  if (big >= 0.01 * units && big > 10 * little) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte where UTF-8 breaks, and whether other non-ASCII lines are valid UTF-8. */
function utf8Damage(bytes: Uint8Array): { at: number; utf8Elsewhere: boolean } {
  let at = -1;
  let utf8Elsewhere = false;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    if (line.some((b) => b >= 0x80)) {
      if (tryDecode(line, 'utf-8') === undefined) {
        if (at < 0) {
          const decoder = new TextDecoder('utf-8');
          const good = new TextEncoder().encode(decoder.decode(line).split('\ufffd')[0]).length;
          at = start + good;
        }
      } else if (line.filter((b) => b >= 0x80).length >= 6) utf8Elsewhere = true;
    }
    start = i + 1;
  }
  return { at, utf8Elsewhere };
}

function checkText(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls >= controlShareMax * text.length)
    throw new DecodeError(`looks binary: ${controls} control characters in ${text.length}`, 'input-binary');
  if (text.trim() === '') throw new DecodeError('has no text (only whitespace)', 'input-blank');
}

/**
 * `asUtf8`, when given, is the bytes already decoded as UTF-8 with replacement
 * (a vfile's text): used as is when the bytes prove to be valid UTF-8, so valid
 * input is decoded once.
 */
export function decodeBytes(bytes: Uint8Array, asUtf8?: string): Decoded {
  if (bytes.length === 0) throw new DecodeError('is empty', 'input-empty');
  const binary = binarySignatures.find((s) => startsWith(bytes, s.bytes));
  if (binary) throw new DecodeError(`is a ${binary.format}, not text`, 'input-binary');
  for (const bom of boms) {
    if (!startsWith(bytes, bom.bytes)) continue;
    const text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === undefined) throw new DecodeError(`has a ${bom.encoding} byte-order mark but bytes that are not ${bom.encoding}`, 'decode-invalid-bytes');
    checkText(text);
    return { text, encoding: bom.encoding, bom: true };
  }
  const decoded = decodeWithoutBom(bytes, asUtf8);
  checkText(decoded.text);
  return decoded;
}

function decodeWithoutBom(bytes: Uint8Array, asUtf8: string | undefined): Decoded {
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    const text = utf16 && tryDecode(bytes, utf16);
    if (utf16 && text !== undefined) return { text, encoding: utf16, bom: false };
    throw new DecodeError(`contains NUL bytes (first at byte ${bytes.indexOf(0)}): binary data, not text`, 'input-binary');
  }
  // Validated natively, then decoded once: strict decoding by TextDecoder is several times slower.
  if (isUtf8(bytes)) return { text: asUtf8 ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', bom: false };
  const damage = utf8Damage(bytes);
  if (damage.utf8Elsewhere)
    throw new DecodeError(
      `is UTF-8 but for invalid bytes at byte ${damage.at} (truncated characters or mixed encodings)`,
      'decode-invalid-bytes',
    );
  const candidates = detector()
    .analyse(bytes)
    .filter((c) => c.confidence >= minimumConfidence)
    .flatMap((c) => supportedEncodings.filter((e) => e.detected.includes(c.name)).map((e) => e.name));
  for (const encoding of [...new Set(candidates)]) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined) return { text, encoding, bom: false };
  }
  throw new DecodeError(
    `bytes fit no supported encoding (UTF-8, UTF-16, GB18030, Big5${candidates.length ? `; tried ${[...new Set(candidates)].join(', ')}` : ''})`,
    'decode-unsupported-encoding',
  );
}

/** The charset an HTML page declares in a <meta> tag, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
