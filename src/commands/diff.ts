// policy-extract diff OLD NEW [--json]: OLD and NEW are texts or extracted JSON.
import { parseArgs } from 'node:util';
import { changeCount, diffDocuments, formatDiff, loadVersion } from '../diff/index.js';
import { quietOnClosedPipe, UsageError } from './usage.js';

export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length !== 2) throw new UsageError('diff needs OLD and NEW (texts or extracted JSON)');
  const [old, neu] = await Promise.all(positionals.map(loadVersion));
  const diff = diffDocuments(old!, neu!);
  quietOnClosedPipe(process.stdout);
  process.stdout.write(values.json ? `${JSON.stringify({ ...diff, changes: changeCount(diff) }, null, 2)}\n` : formatDiff(diff));
  return 0;
}
