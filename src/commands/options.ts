// Option values shared by the commands: sizes and positive integers, each
// refused with a usage error that names the option.
import { UsageError } from './usage.js';

/** "20000000", "500K", "20M" → bytes. */
export function parseSize(option: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${option} must be a size such as 20000000, 500K or 20M, not ${text}`);
  const scale = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').charAt(0).toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  return Math.round(Number(m[1]) * scale);
}

/** A whole number ≥ min, or a usage error naming the option. */
export function parseInteger(option: string, text: string, min = 1): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${option} must be a whole number ≥ ${min}, not ${text}`);
  return n;
}
