/** One source line shown around a call. */
export interface ContextLine {
  readonly line: number;
  readonly text: string;
  /** True for the lines listed as call lines. */
  readonly isCall: boolean;
}

/** A run of consecutive lines; windows that touch or overlap are merged. */
export type ContextSnippet = readonly ContextLine[];

/**
 * Cuts `radius` lines of context around each of `lines` (1-based) out of a
 * source text, as plain text lines (the caller must render them as text).
 *
 * @example
 * callContext('a\nb\nc\nd\ne\n', [3], 1)
 * // [[{line:2,text:'b',isCall:false},{line:3,text:'c',isCall:true},{line:4,text:'d',isCall:false}]]
 */
export function callContext(
  text: string,
  lines: readonly number[],
  radius = 2,
): ContextSnippet[] {
  const all = text.split(/\r\n|\r|\n/);
  const calls = new Set(lines);
  const snippets: ContextLine[][] = [];
  let current: ContextLine[] = [];
  for (const line of [...calls].sort((a, b) => a - b)) {
    const from = Math.max(1, line - radius);
    const to = Math.min(all.length, line + radius);
    const last = current[current.length - 1];
    if (last !== undefined && from > last.line + 1) {
      snippets.push(current);
      current = [];
    }
    const start = Math.max(from, (current[current.length - 1]?.line ?? 0) + 1);
    for (let n = start; n <= to; n += 1) {
      current.push({ line: n, text: all[n - 1] ?? '', isCall: calls.has(n) });
    }
  }
  if (current.length > 0) {
    snippets.push(current);
  }
  return snippets;
}
