// The heading of a numbered line (ANNOTATION.md §2), from the text after its marker.

const headingMax = 30;

/** `rest` is the marker line's source text after the marker; `view` the same range in the matching view. */
export function headingOf(rest: string, view: string): string | null {
  const lead = /^[\s:：,，.]*/.exec(view)![0].length;
  const text = rest.slice(lead);
  const v = view.slice(lead);
  if (!v) return null;
  const bracketed = /^[(〔【]([^()〔〕【】]{1,30})[)〕】]/.exec(v);
  if (bracketed) return text.slice(1, 1 + bracketed[1]!.length);
  const stop = v.indexOf('。');
  if (stop < 0) return text.replace(/[;；:：\s]+$/u, '') || null;
  return stop <= headingMax && stop > 0 ? text.slice(0, stop) : null;
}
