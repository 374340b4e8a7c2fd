// Generates src/rules/zh/simplified.generated.utf8: every Han character that
// OpenCC (Hong Kong / Taiwan traditional → mainland simplified) turns into one
// other character, as a line "繁简". The matching view reads this table instead
// of loading OpenCC in every process and worker. Characters OpenCC turns into
// several characters are left out: the view maps one code unit to one.
// Run with `npm run dict` after upgrading opencc-js.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { packageRoot } from '../src/package-root.js';

const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
const pairs: string[] = [];
for (let code = 0x3400; code <= 0x9fff; code++) {
  const character = String.fromCharCode(code);
  const simplified = convert(character);
  if (simplified.length === 1 && simplified !== character) pairs.push(`${character}${simplified}`);
}
const target = join(packageRoot(import.meta.url), 'src', 'rules', 'zh', 'simplified.generated.utf8');
writeFileSync(target, `${pairs.join('\n')}\n`);
process.stdout.write(`wrote ${pairs.length} characters to ${target}\n`);
