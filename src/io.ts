// File-system side of the CLI: listing inputs and writing outputs atomically.
import { readdir, realpath, rename, stat, writeFile, mkdir, rm } from 'node:fs/promises';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** Inputs larger than this are refused unless the caller sets another limit (maxBytes, --max-bytes). */
export const defaultMaxBytes = 20 * 1024 * 1024;

export const inputExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface InputProblem {
  path: string;
  reason: string;
}

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
};

/**
 * Files named by the arguments: files as given, directories walked (following
 * symbolic links once, so a link loop is reported, not followed) for supported
 * files, in sorted order.
 */
export async function listInputs(args: string[]): Promise<{ files: string[]; errors: InputProblem[] }> {
  const files: string[] = [];
  const errors: InputProblem[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string, ancestors: ReadonlySet<string>) => {
    const real = await realpath(dir);
    if (ancestors.has(real)) {
      errors.push({ path: dir, reason: 'symbolic link loop (links back to a directory above it)' });
      return;
    }
    if (visited.has(real)) return; // reached twice through links: walked once
    visited.add(real);
    const below = new Set([...ancestors, real]);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          errors.push({ path, reason: reasonOf(error) });
          continue;
        }
      }
      if (isDir) await walk(path, below);
      else if (isFile && inputExtensions.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const arg of args) {
    try {
      const info = await stat(arg);
      if (info.isDirectory()) await walk(arg, new Set());
      else files.push(arg);
    } catch (error) {
      errors.push({ path: arg, reason: reasonOf(error) });
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

/** writeAtomic for worker threads, which may block: no round trip through the I/O thread pool. */
export function writeAtomicSync(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export const ensureDir = (dir: string) => mkdir(dir, { recursive: true });
