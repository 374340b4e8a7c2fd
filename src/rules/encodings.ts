// Byte-level facts used by decode: the encodings we accept, and the
// signatures of binary formats that sometimes arrive renamed to .txt.

/** Encodings a document may be in, with the names chardet reports for them. */
export const supportedEncodings: ReadonlyArray<{ name: string; detected: readonly string[] }> = [
  { name: 'gb18030', detected: ['GB18030', 'GBK', 'GB2312', 'GB-2312'] },
  { name: 'big5', detected: ['Big5', 'BIG5', 'Big5-HKSCS'] },
  { name: 'utf-16le', detected: ['UTF-16LE'] },
  { name: 'utf-16be', detected: ['UTF-16BE'] },
];

/** Magic numbers of binary formats, matched at the start of the file. */
export const binarySignatures: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'ZIP archive (or DOCX/XLSX/OFD)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'OLE document (DOC/XLS/WPS)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { format: 'gzip archive', bytes: [0x1f, 0x8b] },
  { format: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { format: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { format: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Detection below this confidence (0–100) is not trusted. */
export const minimumConfidence = 10;

/** Share of control characters (other than tab, line breaks, form feed) that marks a binary file. */
export const controlShareMax = 0.01;
