/**
 * Percentile bootstrap intervals with a seeded generator: deterministic for a
 * given seed, sample and resample count.
 */
import type { Rng } from './rng';
import { createRng } from './rng';
import { median, quantile } from './summary';

export interface Interval {
  readonly low: number;
  readonly high: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

export interface BootstrapOptions {
  readonly seed?: number;
  readonly resamples?: number;
  readonly level?: number;
}

const DEFAULTS = { seed: 1, resamples: 2000, level: 0.95 };

function resampleMedian(values: readonly number[], rng: Rng): number {
  const draw = values.map(() => values[rng.nextInt(values.length)] ?? Number.NaN);
  return median(draw);
}

function percentileInterval(stats: readonly number[], level: number): Interval {
  const tail = (1 - level) / 2;
  return { low: quantile(stats, tail), high: quantile(stats, 1 - tail), level };
}

/**
 * Bootstrap confidence interval of the median; NaN bounds for an empty sample.
 * Example: `bootstrapMedianCi([5, 5, 5])` -> `{ low: 5, high: 5, level: 0.95 }`.
 */
export function bootstrapMedianCi(
  values: readonly number[],
  options: BootstrapOptions = {},
): Interval {
  const { seed, resamples, level } = { ...DEFAULTS, ...options };
  if (values.length === 0) {
    return { low: Number.NaN, high: Number.NaN, level };
  }
  const rng = createRng(seed);
  const medians = Array.from({ length: resamples }, () => resampleMedian(values, rng));
  return percentileInterval(medians, level);
}

export interface RatioEstimate {
  /** median(numerator) / median(denominator). */
  readonly ratio: number;
  readonly interval: Interval;
}

/**
 * Ratio of medians with a bootstrap interval, resampling both samples
 * independently. As a speedup: `ratioOfMedians(baselineMs, candidateMs)`;
 * 2 means the candidate takes half the time.
 * Example: `ratioOfMedians([10, 10], [5, 5]).ratio` -> `2`.
 */
export function ratioOfMedians(
  numerator: readonly number[],
  denominator: readonly number[],
  options: BootstrapOptions = {},
): RatioEstimate {
  const { seed, resamples, level } = { ...DEFAULTS, ...options };
  const ratio = median(numerator) / median(denominator);
  if (numerator.length === 0 || denominator.length === 0) {
    return { ratio, interval: { low: Number.NaN, high: Number.NaN, level } };
  }
  const rng = createRng(seed);
  const ratios = Array.from(
    { length: resamples },
    () => resampleMedian(numerator, rng) / resampleMedian(denominator, rng),
  );
  return { ratio, interval: percentileInterval(ratios, level) };
}
