/**
 * One sample of times described the way the dashboard and the CLI show it.
 */
import type { BootstrapOptions, Interval } from './bootstrap';
import { bootstrapMedianCi } from './bootstrap';
import { outlierIndices, quantileSorted, sortedCopy } from './summary';

/** Below this many repetitions, intervals and tests are too wide to trust. */
export const MIN_REPETITIONS = 9;

export interface SampleSummary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly q1: number;
  readonly q3: number;
  readonly iqr: number;
  readonly min: number;
  readonly max: number;
  /** Bootstrap 95% interval of the median. */
  readonly medianCi: Interval;
  /** Indices (into the input) whose modified z-score exceeds 3.5. */
  readonly outliers: readonly number[];
  /** Present when n < 9: the numbers are shown but should not be trusted. */
  readonly warning?: string;
}

/**
 * Example: `describeSample([1, 2, 3]).warning`
 *   -> 'only 3 repetitions (fewer than 9): intervals are wide and tests weak'.
 */
export function describeSample(
  values: readonly number[],
  options: BootstrapOptions = {},
): SampleSummary {
  const sorted = sortedCopy(values);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const summary: SampleSummary = {
    n: values.length,
    median: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    q1,
    q3,
    iqr: q3 - q1,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    medianCi: bootstrapMedianCi(values, options),
    outliers: outlierIndices(values),
  };
  const warning = repetitionWarning(values.length);
  return warning === null ? summary : { ...summary, warning };
}

/** The under-9 warning, or null when there are enough repetitions. */
export function repetitionWarning(n: number): string | null {
  if (n >= MIN_REPETITIONS) {
    return null;
  }
  return `only ${n} repetition${n === 1 ? '' : 's'} (fewer than ${MIN_REPETITIONS}): intervals are wide and tests weak`;
}
