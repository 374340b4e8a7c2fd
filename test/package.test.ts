// What ships is what is tested: pack the package and install the tarball into
// a fresh project the way a user would, with npm's default settings (no
// .npmrc, so no `yes`, and no approved install scripts) and an empty cache;
// then type-check and run a small TypeScript consumer and the installed CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
// npm reads npm_config_* from the environment: an `npm test` run passes the project's own settings (yes=true) down.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv });

const consumer = `import { extract, ExtractError, type PolicyDocument, type Quantity } from 'policy-extract';

const { document } = await extract({ value: '某某方案\\n一、任务\\n（一）建成10个园区。（责任单位：市发展改革委及市大数据局）', path: 'plan.txt' });
const doc: PolicyDocument = document;
const quantity: Quantity = doc.parts[0]!.sections[0]!.sections[0]!.quantities[0]!;
let refused = '';
try {
  await extract({ value: new Uint8Array(0), path: 'empty.txt' });
} catch (error) {
  if (error instanceof ExtractError) refused = error.ruleId ?? '';
}
console.log(JSON.stringify({ title: doc.meta.title, quantity: quantity.text, value: quantity.value, units: doc.parts[0]!.sections[0]!.sections[0]!.responsibility?.units, refused }));
`;

describe('the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'policy-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('should install from its tarball with default npm settings and an empty cache, type-check and run a TypeScript consumer, and run its CLI', () => {
    npm(['pack', '--pack-destination', work, '--silent', '--ignore-scripts'], root); // dist/ is built by `npm test`
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(project, 'consumer.ts'), consumer);
    npm(['install', join(work, tarball), '--cache', join(work, 'npm-cache'), '--no-audit', '--no-fund'], project);
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', resolve(root, 'node_modules/@types'), 'consumer.ts'], { cwd: project, encoding: 'utf8' });
    const out = JSON.parse(execFileSync(process.execPath, ['consumer.js'], { cwd: project, encoding: 'utf8' }));
    expect(out).toEqual({ title: '某某方案', quantity: '10个', value: 10, units: ['市发展改革委', '市大数据局'], refused: 'input-empty' });
    const version = execFileSync(join(project, 'node_modules/.bin/policy-extract'), ['--version'], { encoding: 'utf8' }).trim();
    const own = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(version).toMatch(new RegExp(`^${own} \\(word segmenter: (nodejieba|@node-rs/jieba) \\d+\\.\\d+\\.\\d+\\)$`));
  }, 600_000);
});
