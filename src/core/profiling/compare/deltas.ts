/**
 * Per-phase and per-site totals of one strategy run and their change between
 * two runs. Counts (reads, rows, bytes) come from the first repetition: they
 * are exact and the same in every repetition. Times are the median over the
 * repetitions of each repetition's total.
 */
import { roundMs } from '../aggregate';
import type { RunOpAggregate, RunStrategy, RunTick } from '../run-file/types';
import { median } from '../stats/summary';

export interface MetricTotals {
  readonly reads: number;
  readonly rows: number;
  readonly bytes: number;
  readonly timeMs: number;
}

export interface MetricDelta {
  /** The phase name or site name. */
  readonly key: string;
  readonly baseline: MetricTotals;
  readonly candidate: MetricTotals;
  /** candidate - baseline. */
  readonly change: MetricTotals;
}

const ZERO: MetricTotals = { reads: 0, rows: 0, bytes: 0, timeMs: 0 };

type Keyed = Map<string, MetricTotals>;

function add(map: Keyed, key: string, part: Partial<MetricTotals>): void {
  const t = map.get(key) ?? ZERO;
  map.set(key, {
    reads: t.reads + (part.reads ?? 0),
    rows: t.rows + (part.rows ?? 0),
    bytes: t.bytes + (part.bytes ?? 0),
    timeMs: t.timeMs + (part.timeMs ?? 0),
  });
}

function aggregatesOf(tick: RunTick): RunOpAggregate[] {
  return [...tick.reads, ...tick.derivations];
}

function countsBy(ticks: readonly RunTick[], key: (a: RunOpAggregate) => string): Keyed {
  const map: Keyed = new Map();
  for (const a of ticks.flatMap(aggregatesOf)) {
    add(map, key(a), { reads: a.count, rows: a.rows, bytes: a.bytes });
  }
  return map;
}

function phaseTimes(ticks: readonly RunTick[]): Keyed {
  const map: Keyed = new Map();
  for (const phase of ticks.flatMap((t) => t.phases)) {
    add(map, phase.name, { timeMs: phase.durationMs });
  }
  return map;
}

function siteTimes(ticks: readonly RunTick[]): Keyed {
  const map: Keyed = new Map();
  for (const a of ticks.flatMap(aggregatesOf)) {
    add(map, a.site, { timeMs: a.durationMs });
  }
  return map;
}

/** Counts of the first repetition with each key's median time over the repetitions. */
function withMedianTimes(counts: Keyed, perRep: readonly Keyed[]): Keyed {
  const keys = new Set([...counts.keys(), ...perRep.flatMap((m) => [...m.keys()])]);
  const out: Keyed = new Map();
  for (const key of keys) {
    const timeMs = median(perRep.map((m) => m.get(key)?.timeMs ?? 0));
    out.set(key, { ...(counts.get(key) ?? ZERO), timeMs: roundMs(timeMs) });
  }
  return out;
}

/** Per-phase totals of a strategy run. */
export function phaseTotals(strategy: RunStrategy): Keyed {
  const first = strategy.repetitions[0]?.ticks ?? [];
  const perRep = strategy.repetitions.map((r) => phaseTimes(r.ticks));
  return withMedianTimes(
    countsBy(first, (a) => a.phase),
    perRep,
  );
}

/** Per-site totals of a strategy run. */
export function siteTotals(strategy: RunStrategy): Keyed {
  const first = strategy.repetitions[0]?.ticks ?? [];
  const perRep = strategy.repetitions.map((r) => siteTimes(r.ticks));
  return withMedianTimes(
    countsBy(first, (a) => a.site),
    perRep,
  );
}

function subtract(c: MetricTotals, b: MetricTotals): MetricTotals {
  return {
    reads: c.reads - b.reads,
    rows: c.rows - b.rows,
    bytes: c.bytes - b.bytes,
    timeMs: roundMs(c.timeMs - b.timeMs),
  };
}

/**
 * Deltas for every key of either side, biggest change first: by |reads|,
 * then |bytes|, then |time| (counts are exact, times are noisy).
 * Example: `diffTotals(siteTotals(naive), siteTotals(incremental))[0].key` -> the site that changed most.
 */
export function diffTotals(base: Keyed, cand: Keyed): MetricDelta[] {
  const keys = [...new Set([...base.keys(), ...cand.keys()])];
  const deltas = keys.map((key) => {
    const b = base.get(key) ?? ZERO;
    const c = cand.get(key) ?? ZERO;
    return { key, baseline: b, candidate: c, change: subtract(c, b) };
  });
  return deltas.sort(
    (x, y) =>
      Math.abs(y.change.reads) - Math.abs(x.change.reads) ||
      Math.abs(y.change.bytes) - Math.abs(x.change.bytes) ||
      Math.abs(y.change.timeMs) - Math.abs(x.change.timeMs) ||
      x.key.localeCompare(y.key),
  );
}

/** Per repetition: the total time of all its ticks (the comparison's time sample). */
export function repetitionTimes(strategy: RunStrategy): number[] {
  return strategy.repetitions.map((r) =>
    r.ticks.reduce((sum, t) => sum + t.durationMs, 0),
  );
}
