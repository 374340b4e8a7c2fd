// Sample 000 (a 征求意见稿) against an edited copy with known changes: a
// section inserted (renumbering every later 1. 2. …), a target raised, a
// deadline moved and a new lead unit. Each change is reported, nothing else.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { changeCount, diffDocuments, formatDiff, loadVersion } from '../src/diff/index.js';

describe('policy diff', async () => {
  const old = await loadVersion('samples/000_1ecaa1df086dae5f.txt');
  const edited = await loadVersion('test/fixtures/diff/000-edited.txt');
  const diff = diffDocuments(old, edited);

  it('should report the inserted section as added and nothing as removed or moved', () => {
    expect(diff.added.map((s) => [s.path, s.heading])).toEqual([['二/(一)/2', '建设全市算力调度平台']]);
    expect(diff.removed).toEqual([]);
    expect(diff.moved).toEqual([]);
  });

  it('should report exactly the changed target, the moved deadline and the new lead unit', () => {
    const changed = diff.changed.map((c) => ({
      from: c.old.path,
      to: c.new.path,
      quantities: c.changes.quantities.map((q) => [q.old?.text, q.new?.text]),
      deadlines: c.changes.deadlines.map((d) => [d.old?.text, d.new?.text]),
      added: c.changes.unitsAdded,
      dropped: c.changes.unitsDropped,
      lead: c.changes.lead,
    }));
    expect(changed).toEqual([
      { from: '二/(一)/1', to: '二/(一)/1', quantities: [['8000座', '10000座']], deadlines: [], added: [], dropped: [], lead: null },
      { from: '二/(一)/2', to: '二/(一)/3', quantities: [], deadlines: [['到2025年底', '到2026年底']], added: [], dropped: [], lead: null },
      {
        from: '二/(三)/12', to: '二/(三)/13', quantities: [], deadlines: [], added: ['市大数据中心'], dropped: [],
        lead: { old: ['市商务局'], new: ['市大数据中心'] },
      },
    ]);
    expect(changeCount(diff)).toBe(5);
  });

  it('should find no change between a policy and itself, text against its JSON', async () => {
    const json = await loadVersion('output/000_1ecaa1df086dae5f.json');
    expect(changeCount(diffDocuments(old, json))).toBe(0);
    expect(formatDiff(diffDocuments(old, json))).toContain('no changes');
  });

  it('should print a readable report and JSON from the CLI', () => {
    const text = spawnSync(process.execPath, ['dist/bin/policy-extract.js', 'diff', 'samples/000_1ecaa1df086dae5f.txt', 'test/fixtures/diff/000-edited.txt'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('+ added    二/(一)/2 建设全市算力调度平台');
    expect(text.stdout).toContain('quantity  8000座 (>= 8000 座) → 10000座 (>= 10000 座)');
    expect(text.stdout).toContain('lead      市商务局 → 市大数据中心');
    const json = spawnSync(process.execPath, ['dist/bin/policy-extract.js', 'diff', 'output/000_1ecaa1df086dae5f.json', 'test/fixtures/diff/000-edited.txt', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(json.stdout).changes).toBe(5);
  });
});
