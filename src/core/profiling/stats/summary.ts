/**
 * Descriptive statistics of a sample of times. Quantiles interpolate
 * linearly between order statistics (Hyndman & Fan type 7, numpy's default),
 * so results match `numpy.percentile` and R's `quantile`.
 */

/** Ascending copy; NaN-free input is the caller's contract. */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-quantile (0 <= p <= 1) of `values`; NaN for an empty sample.
 * Example: `quantile([1, 2, 3, 4], 0.5)` -> `2.5`.
 */
export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(sortedCopy(values), p);
}

/** `quantile` for an already ascending sample. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] ?? Number.NaN;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? below;
  return below + (h - lo) * (above - below);
}

/** Example: `median([3, 1, 2])` -> `2`; NaN when empty. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Interquartile range q3 - q1. Example: `iqr([1, 2, 3, 4, 5, 6, 7, 8])` -> `3.5`. */
export function iqr(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  return quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/** Iglewicz and Hoaglin's cut-off for the modified z-score. */
export const OUTLIER_Z = 3.5;

/**
 * Modified z-scores 0.6745 (x - median) / MAD. When MAD is 0 the mean absolute
 * deviation scaled by 1.253314 replaces 0.6745 / MAD (so a constant sample with
 * one stray value still flags it); a constant sample scores 0 everywhere.
 * Example: `modifiedZScores([1, 2, 3, 4, 100])[4]` -> `65.4…`.
 */
export function modifiedZScores(values: readonly number[]): number[] {
  const m = median(values);
  const madValue = mad(values);
  if (madValue > 0) {
    return values.map((v) => (0.6745 * (v - m)) / madValue);
  }
  const meanAd = values.reduce((sum, v) => sum + Math.abs(v - m), 0) / values.length;
  if (meanAd === 0) {
    return values.map(() => 0);
  }
  return values.map((v) => (v - m) / (1.253314 * meanAd));
}

/** Indices of the values whose |modified z-score| exceeds 3.5. */
export function outlierIndices(values: readonly number[]): number[] {
  return modifiedZScores(values).flatMap((z, i) => (Math.abs(z) > OUTLIER_Z ? [i] : []));
}
