// The manifest an output directory keeps: per input, the content hash it was
// built from, the pipeline that built it and the output it produced, so a
// rebuild can skip what has not changed. Written with sorted keys and no
// timestamps: the same corpus gives the same bytes on any machine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from '../io.js';

export const manifestName = 'manifest.policy-extract.json';
export const indexName = 'index.policy-extract.json';

export const indexEntry = z.object({
  id: z.string(),
  path: z.string(),
  output: z.string(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.string()),
  issuedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  counts: z.object({
    sections: z.number().int(),
    quantities: z.number().int(),
    deadlines: z.number().int(),
    responsibilityNotes: z.number().int(),
  }),
});

export const manifestEntry = z.object({
  /** sha256 of the input's bytes. */
  sha256: z.string(),
  /** Pipeline fingerprint that built the output. */
  pipeline: z.string(),
  /** Output file name inside the directory. */
  output: z.string(),
  /** sha256 of the output file, to notice an edited or damaged output. */
  outputSha256: z.string(),
  bytes: z.number().int().nonnegative(),
  summary: indexEntry,
});

export const manifest = z.object({
  manifestVersion: z.literal('1'),
  pipeline: z.object({ version: z.string(), fingerprint: z.string() }),
  /** Keyed by input path as given (POSIX separators). */
  entries: z.record(z.string(), manifestEntry),
});

export type IndexEntry = z.infer<typeof indexEntry>;
export type ManifestEntry = z.infer<typeof manifestEntry>;
export type Manifest = z.infer<typeof manifest>;

export const emptyManifest = (version: string, fingerprint: string): Manifest => ({
  manifestVersion: '1',
  pipeline: { version, fingerprint },
  entries: {},
});

/** The manifest of `dir`, or null when there is none (or it is unreadable: then everything is rebuilt). */
export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    const parsed = manifest.safeParse(JSON.parse(await readFile(join(dir, manifestName), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]))
      : value;

export const stableJson = (value: unknown): string => `${JSON.stringify(sortedKeys(value), null, 2)}\n`;

/** Writes the manifest and the corpus index built from it. */
export async function writeManifest(dir: string, value: Manifest): Promise<void> {
  await writeAtomic(join(dir, manifestName), stableJson(value));
  const documents = Object.values(value.entries)
    .map((e) => e.summary)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1));
  await writeAtomic(join(dir, indexName), stableJson({ indexVersion: '1', documents }));
}
