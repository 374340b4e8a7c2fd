// What ships is what is tested: pack the package, install the tarball into a
// fresh project, type-check and run a small TypeScript consumer against it,
// and run the installed CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const consumer = `import { extract, ExtractError, type PolicyDocument, type Quantity } from 'policy-extract';

const { document } = await extract({ value: '某某方案\\n一、任务\\n（一）建成10个园区。（责任单位：市发展改革委）', path: 'plan.txt' });
const doc: PolicyDocument = document;
const quantity: Quantity = doc.parts[0]!.sections[0]!.sections[0]!.quantities[0]!;
let refused = '';
try {
  await extract({ value: new Uint8Array(0), path: 'empty.txt' });
} catch (error) {
  if (error instanceof ExtractError) refused = error.ruleId ?? '';
}
console.log(JSON.stringify({ title: doc.meta.title, quantity: quantity.text, value: quantity.value, lead: doc.parts[0]!.sections[0]!.sections[0]!.responsibility?.lead, refused }));
`;

describe('the packed package', () => {
  it('should install from its tarball, type-check and run a TypeScript consumer, and run its CLI', () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-pack-'));
    npm(['pack', '--pack-destination', work, '--silent'], root);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const project = join(work, 'consumer');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(project, '.npmrc'), 'yes=true\n');
    writeFileSync(join(project, 'consumer.ts'), consumer);
    npm(['install', join(work, tarball), '--prefer-offline', '--no-audit', '--no-fund', '--foreground-scripts=false'], project);
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', resolve(root, 'node_modules/@types'), 'consumer.ts'], { cwd: project, encoding: 'utf8' });
    const out = JSON.parse(execFileSync(process.execPath, ['consumer.js'], { cwd: project, encoding: 'utf8' }));
    expect(out).toEqual({ title: '某某方案', quantity: '10个', value: 10, lead: ['市发展改革委'], refused: 'input-empty' });
    const version = execFileSync(join(project, 'node_modules/.bin/policy-extract'), ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  }, 600_000);
});
