/**
 * The scaling charts' data: per strategy, the measured metric at each size
 * and the chosen complexity class's fitted line at the same sizes (log-log
 * axes need positive values, so zeros are left out).
 */
import type { ComplexityClass, ScalingFit } from '../../../core/profiling/scaling/fit';
import type { ScaleMetric } from '../../../core/profiling/scaling/metrics';
import type { ScaleStrategy } from '../../../core/profiling/scaling/report';

export interface ScalingSeries {
  readonly strategy: string;
  readonly points: readonly { readonly n: number; readonly y: number }[];
  readonly fitted: readonly { readonly n: number; readonly y: number }[];
  readonly fit: ScalingFit;
}

const growth: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 1,
  'O(log n)': (n) => Math.log(n),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log(n),
  'O(n²)': (n) => n * n,
};

export function scalingSeries(
  strategies: readonly ScaleStrategy[],
  metric: ScaleMetric,
): ScalingSeries[] {
  return strategies.map((s) => {
    const fit = s.fits[metric];
    const chosen = fit.fits.find((f) => f.complexity === fit.complexity);
    const points = s.points
      .map((p) => ({ n: p.n, y: p.metrics[metric] }))
      .filter((p) => p.y > 0);
    const fitted =
      chosen === undefined
        ? []
        : s.points
            .map((p) => ({
              n: p.n,
              y: chosen.intercept + chosen.coefficient * growth[fit.complexity](p.n),
            }))
            .filter((p) => p.y > 0);
    return { strategy: s.id, points, fitted, fit };
  });
}
