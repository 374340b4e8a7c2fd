// The long fuzzing run: `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED to change the
// defaults). Reproducible: the same seed tries the same cases.
import fc from 'fast-check';
import { fuzzProperty } from './fuzz-property.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261124);
const started = Date.now();
const result = await fc.check(fuzzProperty, { numRuns: runs, seed, endOnFailure: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `fuzz: seed ${seed}, ${result.numRuns} cases tried in ${seconds} s, ${result.failed ? 1 : 0} failed` +
    (result.failed ? `\ncounterexample: ${JSON.stringify(result.counterexample)}\nerror: ${String(result.errorInstance)}` : '') +
    '\n',
);
process.exitCode = result.failed ? 1 : 0;
