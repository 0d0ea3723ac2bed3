/**
 * Phase timings: per tick, the median over repetitions of each phase's time
 * (for stacked bars), and per phase the spread over every tick of every
 * repetition (for the box view), with the tick total.
 */
import { median, quantile } from '../../../core/profiling/stats/summary';
import type { RunStrategy, RunTick } from '../../../core/profiling/run-file/types';
import { allTicks, ticksByNumber } from '../run-view/run-ticks';

export interface Spread {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export interface PhaseSpread extends Spread {
  readonly phase: string;
}

export interface PhaseTimingsModel {
  /** Phases in the order ticks run them. */
  readonly phases: readonly string[];
  /** `{ tick, [phase]: median ms }` per tick. */
  readonly rows: readonly Readonly<Record<string, number>>[];
  readonly spreads: readonly PhaseSpread[];
  readonly total: Spread;
}

export function phaseTimings(strategy: RunStrategy): PhaseTimingsModel {
  const ticks = allTicks(strategy);
  const phases = phaseOrder(ticks);
  const rows = [...ticksByNumber(strategy)].map(([tick, reps]) =>
    tickRow(tick, reps, phases),
  );
  const spreads = phases.map((phase) => ({
    phase,
    ...spreadOf(ticks.map((t) => phaseMs(t, phase))),
  }));
  return { phases, rows, spreads, total: spreadOf(ticks.map((t) => t.durationMs)) };
}

function phaseOrder(ticks: readonly RunTick[]): string[] {
  const seen = new Set<string>();
  for (const tick of ticks) {
    for (const phase of tick.phases) {
      seen.add(phase.name);
    }
  }
  return [...seen];
}

function phaseMs(tick: RunTick, phase: string): number {
  return tick.phases.reduce((sum, p) => sum + (p.name === phase ? p.durationMs : 0), 0);
}

function tickRow(tick: number, reps: readonly RunTick[], phases: readonly string[]) {
  const row: Record<string, number> = {
    tick,
    total: median(reps.map((t) => t.durationMs)),
  };
  for (const phase of phases) {
    row[phase] = median(reps.map((t) => phaseMs(t, phase)));
  }
  return row;
}

/** Five-number summary plus p95; zeros for an empty sample. */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) {
    return { min: 0, q1: 0, median: 0, q3: 0, p95: 0, max: 0, samples: 0 };
  }
  return {
    min: Math.min(...values),
    q1: quantile(values, 0.25),
    median: median(values),
    q3: quantile(values, 0.75),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
    samples: values.length,
  };
}
