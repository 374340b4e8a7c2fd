// The one-line summary of a corpus build, printed by the CLI and by watch.
import type { BuildReport } from './build.js';

export function summaryLine(r: BuildReport): string {
  const mb = r.bytes / 1e6;
  return (
    `policy-extract: ${r.ok + r.failed + r.skipped} inputs: ${r.ok} ok, ${r.failed} failed, ${r.skipped} skipped (unchanged)` +
    `${r.removed.length ? `, ${r.removed.length} removed` : ''}; ${mb.toFixed(1)} MB in ${r.seconds.toFixed(1)} s (${(mb / Math.max(r.seconds, 0.001)).toFixed(1)} MB/s)`
  );
}
