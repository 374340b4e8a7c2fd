// Turns raw bytes into the source text. A byte-order mark is removed (it is
// not part of the text spans index); undecodable bytes are refused, never
// replaced, so no output ever carries mojibake.

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

function strictDecode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`bytes are not valid ${encoding}`, 'decode-invalid-bytes');
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const bom of boms) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return { text: strictDecode(bytes.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, bom: true };
    }
  }
  return { text: strictDecode(bytes, 'utf-8'), encoding: 'utf-8', bom: false };
}
