// The manifest an output directory keeps: per input, the content hash it was
// built from, the pipeline that built it and the output it produced, so a
// rebuild can skip what has not changed. Written with sorted keys and no
// timestamps: the same corpus gives the same bytes on any machine. While a
// build runs, every change to it is appended to a journal, so a build that is
// killed keeps the outputs it finished; the next run replays the journal.
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from '../io.js';

export const manifestName = 'manifest.policy-extract.json';
export const indexName = 'index.policy-extract.json';
/** Not `.json`: the journal is never taken for an output. */
export const journalName = 'manifest.policy-extract.journal';

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

/** One journal line: an entry built (or replaced), or removed (null). */
const journalLine = z.object({ key: z.string(), entry: manifestEntry.nullable() });

/** Applies the journal's complete lines to `into`; a line cut short by a kill ends it. */
function replay(journal: string, into: Manifest): void {
  for (const line of journal.split('\n').filter(Boolean)) {
    let parsed;
    try {
      parsed = journalLine.safeParse(JSON.parse(line));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const { key, entry } = parsed.data;
    if (entry) into.entries[key] = entry;
    else delete into.entries[key];
  }
}

/**
 * The manifest of `dir` with its journal replayed, or null when there is
 * neither (an unreadable manifest counts as none: then everything is rebuilt).
 */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => null);
  const [text, journal] = await Promise.all([read(manifestName), read(journalName)]);
  let value: Manifest | null = null;
  try {
    const parsed = text === null ? null : manifest.safeParse(JSON.parse(text));
    if (parsed?.success) value = parsed.data;
  } catch {
    // unreadable: as if there were none
  }
  if (journal === null) return value;
  value ??= emptyManifest('', '');
  replay(journal, value);
  return value;
}

/** Appends each change to the manifest as it happens; opens the journal on the first. */
export class ManifestJournal {
  private fd: number | undefined;
  /** No change recorded in this run. */
  empty = true;

  constructor(private readonly dir: string) {}

  record(key: string, entry: ManifestEntry | null): void {
    this.fd ??= openSync(join(this.dir, journalName), 'a');
    writeSync(this.fd, `${JSON.stringify({ key, entry })}\n`);
    this.empty = false;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]))
      : value;

export const stableJson = (value: unknown): string => `${JSON.stringify(sortedKeys(value), null, 2)}\n`;

/** Writes `content` unless the file already holds exactly it: a no-op build touches nothing. */
async function writeIfChanged(path: string, content: string): Promise<void> {
  if ((await readFile(path, 'utf8').catch(() => null)) !== content) await writeAtomic(path, content);
}

/** Writes the manifest and the corpus index built from it, then drops the journal they now contain. */
export async function writeManifest(dir: string, value: Manifest): Promise<void> {
  await writeIfChanged(join(dir, manifestName), stableJson(value));
  const documents = Object.values(value.entries)
    .map((e) => e.summary)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1));
  await writeIfChanged(join(dir, indexName), stableJson({ indexVersion: '1', documents }));
  await rm(join(dir, journalName), { force: true });
}
