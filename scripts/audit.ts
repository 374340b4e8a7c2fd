// `npm run audit`: how the pipeline does on real text it was not fitted to.
// Builds the wild documents, the phrase sets and the extra documents with the
// CLI, scores them with the shared scorers (coverage audit, phrase gold, gold
// the team annotated for six extra documents), prints a table and one JSON
// line. Reads ../shared when it is there (the team's copy), else the snapshot
// in test/fixtures/audit (what CI has). `--from DIR` picks another copy.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/package-root.js';

/** Where a copy of the audit material keeps each piece. */
interface AuditSource {
  wild: string;
  phrases: string;
  score: string;
}

export interface AuditFigures {
  documents: number;
  withoutOutput: number;
  /** Coverage per kind (markers, notes, quantities, deadlines, docNumber, issuedOn), in %. */
  coverage: Record<string, number>;
  htmlTextRetained: number | null;
  notes: { f1: number; precision: number; recall: number; roles: number };
  quantities: { f1: number; precision: number; recall: number; comparators: number };
  /** score.mjs on the annotated extra documents, in % (F1 where it has one). */
  annotated: Record<string, number>;
}

/** Extra documents (test/fixtures/extra) and the gold the team wrote for six of them. */
const extra = { corpus: join(packageRoot(import.meta.url), 'test/fixtures/extra'), gold: join(packageRoot(import.meta.url), 'test/fixtures/extra-gold') };

const root = packageRoot(import.meta.url);
export const snapshot: AuditSource = {
  wild: join(root, 'test/fixtures/audit/wild'),
  phrases: join(root, 'test/fixtures/audit/phrases'),
  score: join(root, 'test/fixtures/audit/score'),
};
const shared = (dir: string): AuditSource => ({ wild: join(dir, 'wild/docs'), phrases: join(dir, 'phrases'), score: join(dir, 'score') });

const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const cli = join(root, 'dist/bin/policy-extract.js');
const pct = (x: number) => Math.round(x * 1000) / 10;

/** Runs the pipeline over the audit material and returns its scores. */
export function audit(source: AuditSource): AuditFigures {
  const work = mkdtempSync(join(tmpdir(), 'policy-extract-audit-'));
  const out = join(work, 'out');
  const sets = ['notes', 'quantities'] as const;
  const gold = (set: string) => join(source.phrases, `${set}.jsonl`);
  const phrases = join(source.score, 'phrases.mjs');
  try {
    for (const set of sets) node([phrases, 'make', gold(set), join(work, set)]);
    // One build over the three inputs: file stems do not collide (gov-01, n005, q020).
    node([cli, source.wild, ...sets.map((set) => join(work, set)), extra.corpus, '--out', out, '--quiet']);
    const wild = JSON.parse(node([join(source.score, 'audit.mjs'), '--corpus', source.wild, '--out', out, '--json'])).summary;
    const [notes, quantities] = sets.map((set) => JSON.parse(node([phrases, 'score', gold(set), out, '--json'])).summary);
    const scored = JSON.parse(node([join(source.score, 'score.mjs'), '--gold', extra.gold, '--out', out, '--corpus', extra.corpus, '--json'])).total;
    return {
      documents: wild.documents,
      withoutOutput: wild.failed,
      coverage: Object.fromEntries(Object.entries(wild.coverage as Record<string, { pct: number }>).map(([k, v]) => [k, v.pct])),
      htmlTextRetained: wild.htmlTextRetained,
      notes: { f1: pct(notes.f1), precision: pct(notes.precision), recall: pct(notes.recall), roles: pct(notes.roles) },
      quantities: { f1: pct(quantities.f1), precision: pct(quantities.precision), recall: pct(quantities.recall), comparators: pct(quantities.comparators) },
      annotated: {
        sections: pct(scored.sections.f1), headings: pct(scored.headings), quantities: pct(scored.quantities.f1), deadlines: pct(scored.deadlines.f1),
        units: pct(scored.responsibility.f1), roles: pct(scored.roles), meta: pct(scored.meta), tables: pct(scored.tables.f1),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function table(f: AuditFigures): string {
  const rows = [
    ...Object.entries(f.coverage).map(([kind, value]) => [`wild ${kind}`, `${value} %`]),
    ['wild html text retained', `${f.htmlTextRetained} %`],
    ['wild documents without output', `${f.withoutOutput} of ${f.documents}`],
    ['phrases notes units F1 (P / R)', `${f.notes.f1} (${f.notes.precision} / ${f.notes.recall})`],
    ['phrases notes roles', `${f.notes.roles} %`],
    ['phrases quantities F1 (P / R)', `${f.quantities.f1} (${f.quantities.precision} / ${f.quantities.recall})`],
    ['phrases quantities comparators', `${f.quantities.comparators} %`],
    ...Object.entries(f.annotated).map(([field, value]) => [`annotated extra ${field}`, `${value}`]),
  ];
  const width = Math.max(...rows.map(([k]) => k!.length));
  return rows.map(([k, v]) => `${k!.padEnd(width)}  ${v}`).join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--from');
  const from = at >= 0 ? process.argv[at + 1] : join(root, '..', 'shared');
  const source = from && existsSync(join(from, 'wild/docs')) ? shared(from) : snapshot;
  const figures = audit(source);
  process.stdout.write(`${table(figures)}\n${JSON.stringify({ source: source.wild, ...figures })}\n`);
}
