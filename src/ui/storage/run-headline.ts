/**
 * The few numbers a history row shows for a run: per strategy, the median
 * tick time and the median reads and full reads per tick.
 */
import { median } from '../../core/profiling/stats/summary';
import type { RunFile, RunStrategy, RunTick } from '../../core/profiling/run-file/types';

export interface StrategyHeadline {
  readonly strategy: string;
  readonly medianTickMs: number;
  readonly readsPerTick: number;
  readonly fullReadsPerTick: number;
  readonly ticks: number;
}

export interface RunHeadline {
  readonly strategies: readonly StrategyHeadline[];
  /** `identical`, `diverged`, or `unchecked` when there was nothing to compare. */
  readonly equivalence: 'identical' | 'diverged' | 'unchecked';
}

/** Headline numbers of a run file. */
export function runHeadline(run: RunFile): RunHeadline {
  return {
    strategies: run.strategies.map(strategyHeadline),
    equivalence: equivalenceWord(run),
  };
}

function strategyHeadline(strategy: RunStrategy): StrategyHeadline {
  const ticks = strategy.repetitions.flatMap((r) => r.ticks);
  return {
    strategy: strategy.id,
    medianTickMs: medianOf(ticks.map((t) => t.durationMs)),
    readsPerTick: medianOf(ticks.map(readCount)),
    fullReadsPerTick: medianOf(ticks.map(fullReadCount)),
    ticks: strategy.repetitions[0]?.ticks.length ?? 0,
  };
}

function medianOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : median(values);
}

/** Read operations of a tick (derivations excluded). */
export function readCount(tick: RunTick): number {
  return tick.reads.reduce((sum, r) => sum + r.count, 0);
}

export function fullReadCount(tick: RunTick): number {
  return tick.reads.reduce((sum, r) => sum + (r.op === 'full-read' ? r.count : 0), 0);
}

function equivalenceWord(run: RunFile): RunHeadline['equivalence'] {
  const checked = run.equivalence.filter((e) => e.verdict !== 'unchecked');
  if (checked.length === 0) {
    return 'unchecked';
  }
  return checked.some((e) => e.verdict === 'diverged') ? 'diverged' : 'identical';
}
