/**
 * The Mann-Whitney U test (two-sided). Exact for small samples without ties
 * (both n <= 10), otherwise the normal approximation with tie correction and
 * a continuity correction of 0.5, as SciPy's `mannwhitneyu` does.
 */

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, ties counting 1/2. */
  readonly u1: number;
  readonly u2: number;
  readonly pValue: number;
  readonly method: 'exact' | 'normal';
}

const EXACT_LIMIT = 10;

/**
 * Example: `mannWhitneyU([1, 2, 3], [4, 5, 6])` -> `{ u1: 0, u2: 9, pValue: 0.1, method: 'exact' }`.
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) {
    return { u1: Number.NaN, u2: Number.NaN, pValue: Number.NaN, method: 'normal' };
  }
  const { rankSumX, tieTerm } = rankSums(x, y);
  const u1 = rankSumX - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  if (tieTerm === 0 && n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT) {
    return { u1, u2, pValue: exactP(Math.min(u1, u2), n1, n2), method: 'exact' };
  }
  return { u1, u2, pValue: normalP(u1, n1, n2, tieTerm), method: 'normal' };
}

/** Rank sum of x among x and y (mid-ranks for ties) and the tie term sum(t^3 - t). */
function rankSums(x: readonly number[], y: readonly number[]) {
  const all = [
    ...x.map((v) => ({ v, fromX: true })),
    ...y.map((v) => ({ v, fromX: false })),
  ];
  all.sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]?.v === all[i]?.v) {
      j += 1;
    }
    const midRank = (i + j + 2) / 2;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    for (let k = i; k <= j; k += 1) {
      rankSumX += all[k]?.fromX ? midRank : 0;
    }
    i = j + 1;
  }
  return { rankSumX, tieTerm };
}

function normalP(u1: number, n1: number, n2: number, tieTerm: number): number {
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) {
    return 1;
  }
  const z = Math.max(0, Math.abs(u1 - mean) - 0.5) / Math.sqrt(variance);
  return Math.min(1, erfc(z / Math.SQRT2));
}

/** Two-sided exact p: 2 P(U <= u) under H0, capped at 1. */
function exactP(u: number, n1: number, n2: number): number {
  const counts = uDistribution(n1, n2);
  const total = counts.reduce((a, b) => a + b, 0);
  let below = 0;
  for (let k = 0; k <= Math.floor(u); k += 1) {
    below += counts[k] ?? 0;
  }
  return Math.min(1, (2 * below) / total);
}

/** counts[u] = arrangements of n1 x's and n2 y's with statistic u. */
function uDistribution(n1: number, n2: number): number[] {
  // f(m, n) as a polynomial in u: f(m, n) = f(m-1, n) shifted by n + f(m, n-1).
  let rows: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let m = 1; m <= n1; m += 1) {
    const next: number[][] = [[1]];
    for (let n = 1; n <= n2; n += 1) {
      next.push(addShifted(rows[n] ?? [], n, next[n - 1] ?? []));
    }
    rows = next;
  }
  return rows[n2] ?? [1];
}

function addShifted(shifted: readonly number[], by: number, plain: readonly number[]) {
  const out = new Array<number>(Math.max(shifted.length + by, plain.length)).fill(0);
  shifted.forEach((c, i) => (out[i + by] = (out[i + by] ?? 0) + c));
  plain.forEach((c, i) => (out[i] = (out[i] ?? 0) + c));
  return out;
}

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, relative
 * error below 1.2e-7), enough for p-values.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}
