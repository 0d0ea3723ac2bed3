/**
 * The scaling experiment's result (`tickscope scale --out SCALE.json`): per
 * strategy, the work metrics at each ledger size and their complexity fits,
 * plus per-site work and per-phase time fits.
 */
import { z } from 'zod';
import type { RunInputLedger, RunTick } from '../run-file/types';
import type { ComplexityClass, ScalingFit } from './fit';
import { fitScaling } from './fit';
import type { ScaleMetric, SizeMetrics } from './metrics';
import { phaseTimes, SCALE_METRICS, sizeMetrics, workBy } from './metrics';

export const SCALE_FILE_FORMAT = 'tickscope-scale';
export const SCALE_FILE_VERSION = 1;

/** The metric whose class is a strategy's headline: rows read + events derived per tick. */
export const HEADLINE_METRIC: ScaleMetric = 'workPerTick';

export interface ScaleSize {
  readonly n: number;
  /** Where the ledger of this size came from. */
  readonly source: 'prefix' | 'full' | 'synthetic';
}

export interface NamedFit {
  readonly key: string;
  readonly slope: number;
  readonly complexity: ComplexityClass;
  readonly r2: number;
}

export interface ScaleStrategy {
  readonly id: string;
  readonly label: string;
  /** The class of `workPerTick` (see HEADLINE_METRIC). */
  readonly headline: NamedFit;
  readonly points: readonly { readonly n: number; readonly metrics: SizeMetrics }[];
  readonly fits: Readonly<Record<ScaleMetric, ScalingFit>>;
  readonly sites: readonly NamedFit[];
  readonly phases: readonly NamedFit[];
}

export interface ScaleReport {
  readonly format: typeof SCALE_FILE_FORMAT;
  readonly schemaVersion: typeof SCALE_FILE_VERSION;
  readonly createdAt: string;
  readonly input: RunInputLedger;
  readonly ticksPerSize: number;
  readonly sizes: readonly ScaleSize[];
  readonly strategies: readonly ScaleStrategy[];
  readonly notes: readonly string[];
}

/** What one strategy did at one size: its ticks (first repetition first). */
export interface SizeObservation {
  readonly n: number;
  readonly repetitions: readonly (readonly RunTick[])[];
}

function named(key: string, fit: ScalingFit): NamedFit {
  return { key, slope: fit.slope, complexity: fit.complexity, r2: fit.r2 };
}

function fitKeyed(
  perSize: readonly { n: number; values: Map<string, number> }[],
): NamedFit[] {
  const keys = new Set(perSize.flatMap((p) => [...p.values.keys()]));
  return [...keys].sort().map((key) => {
    const points = perSize.map((p) => ({ n: p.n, y: p.values.get(key) ?? 0 }));
    return named(key, fitScaling(points));
  });
}

/**
 * Fits one strategy's sizes.
 * Example: `scaleStrategy('naive', 'naive', observations).headline.complexity` -> `'O(n)'`.
 */
export function scaleStrategy(
  id: string,
  label: string,
  sizes: readonly SizeObservation[],
): ScaleStrategy {
  const points = sizes.map((s) => ({
    n: s.n,
    metrics: sizeMetrics(s.repetitions[0] ?? [], s.repetitions.flat()),
  }));
  const fitOf = (m: ScaleMetric) =>
    fitScaling(points.map((p) => ({ n: p.n, y: p.metrics[m] })));
  const fits = Object.fromEntries(SCALE_METRICS.map((m) => [m, fitOf(m)])) as Record<
    ScaleMetric,
    ScalingFit
  >;
  const first = sizes.map((s) => ({ n: s.n, ticks: s.repetitions[0] ?? [] }));
  return {
    id,
    label,
    headline: named(HEADLINE_METRIC, fits[HEADLINE_METRIC]),
    points,
    fits,
    sites: fitKeyed(
      first.map((s) => ({ n: s.n, values: workBy(s.ticks, (a) => a.site) })),
    ),
    phases: fitKeyed(first.map((s) => ({ n: s.n, values: phaseTimes(s.ticks) }))),
  };
}

const complexity = z.enum(['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)']);
const namedFit = z.object({
  key: z.string(),
  slope: z.number(),
  complexity,
  r2: z.number(),
});

/** Validates the parts of a scale file that budgets and the dashboard read. */
export const scaleReportSchema = z.looseObject({
  format: z.literal(SCALE_FILE_FORMAT),
  schemaVersion: z.literal(SCALE_FILE_VERSION),
  sizes: z.array(
    z.object({ n: z.number(), source: z.enum(['prefix', 'full', 'synthetic']) }),
  ),
  strategies: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      headline: namedFit,
      sites: z.array(namedFit),
      phases: z.array(namedFit),
    }),
  ),
});
