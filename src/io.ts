// File-system side of the CLI: listing inputs and writing outputs atomically.
import { readdir, rename, stat, writeFile, mkdir, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export const inputExtensions = new Set(['.txt', '.md', '.markdown']);

/** Files named by the arguments: files as given, directories walked for supported files, sorted. */
export async function listInputs(args: string[]): Promise<{ files: string[]; errors: Array<{ path: string; reason: string }> }> {
  const files: string[] = [];
  const errors: Array<{ path: string; reason: string }> = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && inputExtensions.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const arg of args) {
    try {
      const info = await stat(arg);
      if (info.isDirectory()) await walk(arg);
      else files.push(arg);
    } catch (error) {
      errors.push({ path: arg, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message });
    }
  }
  return { files, errors };
}

/** The output file for an input: DIR/<file stem>.json. */
export const outputPath = (dir: string, input: string): string =>
  join(dir, `${basename(input, extname(input))}.json`);

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export const ensureDir = (dir: string) => mkdir(dir, { recursive: true });
