/**
 * Baseline against candidate: input and environment differences first, then
 * per strategy the speedup with its interval and test, the equivalence
 * verdict, and the per-phase and per-site deltas.
 */
import type { RatioEstimate } from '../stats/bootstrap';
import { ratioOfMedians } from '../stats/bootstrap';
import type { SampleSummary } from '../stats/describe';
import { describeSample, repetitionWarning } from '../stats/describe';
import type { MannWhitneyResult } from '../stats/mann-whitney';
import { mannWhitneyU } from '../stats/mann-whitney';
import type { RunFile, RunStrategy } from '../run-file/types';
import type { MetricDelta } from './deltas';
import { diffTotals, phaseTotals, repetitionTimes, siteTotals } from './deltas';
import type { FieldDifference } from './differences';
import { environmentDifferences, inputDifferences } from './differences';
import type { EquivalenceVerdict } from './equivalence';
import { compareTicks } from './equivalence';

export const SIGNIFICANCE_LEVEL = 0.05;

export interface StrategyComparison {
  readonly baseline: string;
  readonly candidate: string;
  /** Per repetition, the total time of all ticks. */
  readonly baselineTime: SampleSummary;
  readonly candidateTime: SampleSummary;
  /** median(baseline) / median(candidate): above 1 means the candidate is faster. */
  readonly speedup: RatioEstimate;
  readonly test: MannWhitneyResult;
  /** null when significance may not be claimed (inputs differ, or too few samples). */
  readonly significant: boolean | null;
  /** One sentence with the speedup, its interval and the significance note. */
  readonly summary: string;
  readonly warnings: readonly string[];
  readonly equivalence: EquivalenceVerdict;
  readonly phases: readonly MetricDelta[];
  readonly sites: readonly MetricDelta[];
}

export interface RunComparison {
  /** False when the ledger, the scenario or the runtime differ. */
  readonly sameInput: boolean;
  readonly inputDifferences: readonly FieldDifference[];
  readonly environmentDifferences: readonly FieldDifference[];
  readonly notes: readonly string[];
  readonly strategies: readonly StrategyComparison[];
  /** Strategy ids that found no partner. */
  readonly unmatched: {
    readonly baseline: readonly string[];
    readonly candidate: readonly string[];
  };
}

export interface CompareOptions {
  /** Explicit [baselineId, candidateId] pairs; by default strategies pair by id. */
  readonly pairs?: readonly (readonly [string, string])[];
  readonly seed?: number;
}

/**
 * Compares two runs. Strategies pair by id; two single-strategy runs pair
 * with each other whatever their ids (before/after recordings).
 * Example: `compareRuns(before, after).strategies[0].speedup.ratio` -> 1.9.
 */
export function compareRuns(
  base: RunFile,
  cand: RunFile,
  options: CompareOptions = {},
): RunComparison {
  const inputs = inputDifferences(base, cand);
  const environment = environmentDifferences(base, cand);
  const runtimeDiffers = base.environment.runtime !== cand.environment.runtime;
  const sameInput = inputs.length === 0 && !runtimeDiffers;
  const pairs = options.pairs ?? pairStrategies(base, cand);
  const strategies = pairs.flatMap(([b, c]) => {
    const bs = base.strategies.find((s) => s.id === b);
    const cs = cand.strategies.find((s) => s.id === c);
    return bs && cs ? [compareStrategies(bs, cs, sameInput, options.seed ?? 1)] : [];
  });
  return {
    sameInput,
    inputDifferences: inputs,
    environmentDifferences: environment,
    notes: comparisonNotes(inputs.length > 0, runtimeDiffers),
    strategies,
    unmatched: unmatched(base, cand, pairs),
  };
}

function comparisonNotes(inputsDiffer: boolean, runtimeDiffers: boolean): string[] {
  const notes: string[] = [];
  if (inputsDiffer) {
    notes.push(
      'the inputs differ (ledger or scenario): the runs did different work, so no ' +
        'difference is called significant and equivalence is not checked',
    );
  }
  if (runtimeDiffers) {
    notes.push('the runtimes differ (tickscope runtime vs an external recording)');
  }
  return notes;
}

/** Pairs by id; two single-strategy runs pair with each other. */
export function pairStrategies(base: RunFile, cand: RunFile): [string, string][] {
  const byId = base.strategies
    .filter((s) => cand.strategies.some((c) => c.id === s.id))
    .map((s): [string, string] => [s.id, s.id]);
  const [onlyBase] = base.strategies;
  const [onlyCand] = cand.strategies;
  if (byId.length === 0 && base.strategies.length === 1 && cand.strategies.length === 1) {
    return onlyBase && onlyCand ? [[onlyBase.id, onlyCand.id]] : [];
  }
  return byId;
}

function unmatched(
  base: RunFile,
  cand: RunFile,
  pairs: readonly (readonly [string, string])[],
) {
  return {
    baseline: base.strategies
      .map((s) => s.id)
      .filter((id) => !pairs.some(([b]) => b === id)),
    candidate: cand.strategies
      .map((s) => s.id)
      .filter((id) => !pairs.some(([, c]) => c === id)),
  };
}

function compareStrategies(
  base: RunStrategy,
  cand: RunStrategy,
  sameInput: boolean,
  seed: number,
): StrategyComparison {
  const b = repetitionTimes(base);
  const c = repetitionTimes(cand);
  const speedup = ratioOfMedians(b, c, { seed });
  const test = mannWhitneyU(b, c);
  const warnings = [repetitionWarning(b.length), repetitionWarning(c.length)].filter(
    (w): w is string => w !== null,
  );
  const significant =
    sameInput && b.length >= 2 && c.length >= 2 ? test.pValue < SIGNIFICANCE_LEVEL : null;
  return {
    baseline: base.id,
    candidate: cand.id,
    baselineTime: describeSample(b, { seed }),
    candidateTime: describeSample(c, { seed }),
    speedup,
    test,
    significant,
    summary: summarise(speedup, test, significant, sameInput),
    warnings: [...new Set(warnings)],
    equivalence: sameInput ? strategyEquivalence(base, cand) : notChecked(),
    phases: diffTotals(phaseTotals(base), phaseTotals(cand)),
    sites: diffTotals(siteTotals(base), siteTotals(cand)),
  };
}

function strategyEquivalence(base: RunStrategy, cand: RunStrategy): EquivalenceVerdict {
  return compareTicks(base.repetitions[0]?.ticks ?? [], cand.repetitions[0]?.ticks ?? []);
}

function notChecked(): EquivalenceVerdict {
  return { verdict: 'unknown', ticksCompared: 0, note: 'inputs differ: not checked' };
}

function summarise(
  speedup: RatioEstimate,
  test: MannWhitneyResult,
  significant: boolean | null,
  sameInput: boolean,
): string {
  const { ratio, interval } = speedup;
  const direction = ratio >= 1 ? 'faster' : 'slower';
  const factor = ratio >= 1 ? ratio : 1 / ratio;
  const ci = `95% CI of the time ratio ${interval.low.toFixed(2)}–${interval.high.toFixed(2)}`;
  const head = `candidate ${factor.toFixed(2)}× ${direction} (ratio ${ratio.toFixed(2)}, ${ci})`;
  if (!sameInput) {
    return `${head}; not called significant: the inputs differ`;
  }
  if (significant === null) {
    return `${head}; too few repetitions to test`;
  }
  const p = `Mann-Whitney p = ${formatP(test.pValue)}`;
  return `${head}; ${p}, ${significant ? 'significant' : 'not significant'} at 0.05`;
}

function formatP(p: number): string {
  return p < 0.0001 ? p.toExponential(1) : p.toFixed(4);
}
