// Array.prototype.flatMap and flat take a slow generic path in V8 (about 2 µs a
// call on short arrays, twenty times a plain loop). The extractors flatten in
// their per-line and per-note loops, so they use these instead.

/** items.flatMap(fn), as a loop. */
export function flatMap<T, U>(items: readonly T[], fn: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const item of items) for (const u of fn(item)) out.push(u);
  return out;
}

/** lists.flat(), as a loop. */
export const flat = <T>(lists: ReadonlyArray<readonly T[]>): T[] => flatMap(lists, (list) => list);
