// The project root, found from a module's URL whether it runs from src/ (tests)
// or from dist/ (the built package).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('policy-extract: package.json not found');
    dir = parent;
  }
  return dir;
}
