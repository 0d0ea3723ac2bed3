/**
 * Per-tick work metrics of one strategy at one ledger size. Counts are exact
 * (they do not vary between repetitions), so their complexity class is
 * deterministic; `tickMs` is the only timed metric.
 */
import type { RunTick } from '../run-file/types';
import { median } from '../stats/summary';

export const SCALE_METRICS = [
  'rowsPerRead',
  'eventsPerDerivation',
  'workPerTick',
  'rowsReadPerTick',
  'derivedEventsPerTick',
  'readsPerTick',
  'fullReadsPerTick',
  'bytesPerTick',
  'tickMs',
] as const;

export type ScaleMetric = (typeof SCALE_METRICS)[number];

export type SizeMetrics = Readonly<Record<ScaleMetric, number>>;

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  return items.reduce((total, item) => total + f(item), 0);
}

function rowsRead(t: RunTick): number {
  return sum(t.reads, (a) => a.rows);
}

function derivedEvents(t: RunTick): number {
  return sum(t.derivations, (a) => a.rows);
}

/**
 * `rowsPerRead` and `eventsPerDerivation` pool all ticks (rows over reads):
 * they measure how much each read or derivation touches, whichever sites a
 * tick's path happened to run, so they are the steadiest class signals.
 * The per-tick metrics are medians over ticks (robust to a first tick that
 * warms a cache); `workPerTick` = rows read + events processed by derivations.
 * Example: `sizeMetrics([ticksOfRep0], allTicks).workPerTick`.
 */
export function sizeMetrics(
  ticks: readonly RunTick[],
  timedTicks: readonly RunTick[] = ticks,
): SizeMetrics {
  const per = (f: (t: RunTick) => number) => median(ticks.map(f));
  const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);
  const all = (f: (t: RunTick) => number) => sum(ticks, f);
  return {
    rowsPerRead: ratio(
      all(rowsRead),
      all((t) => sum(t.reads, (a) => a.count)),
    ),
    eventsPerDerivation: ratio(
      all(derivedEvents),
      all((t) => sum(t.derivations, (a) => a.count)),
    ),
    workPerTick: per((t) => rowsRead(t) + derivedEvents(t)),
    rowsReadPerTick: per(rowsRead),
    derivedEventsPerTick: per(derivedEvents),
    readsPerTick: per((t) => sum(t.reads, (a) => a.count)),
    fullReadsPerTick: per((t) =>
      sum(
        t.reads.filter((a) => a.op === 'full-read'),
        (a) => a.count,
      ),
    ),
    bytesPerTick: per((t) => sum(t.reads, (a) => a.bytes)),
    tickMs: median(timedTicks.map((t) => t.durationMs)),
  };
}

/** Median per tick of one key's work (rows read + events derived), per site or phase. */
export function workBy(
  ticks: readonly RunTick[],
  key: (a: RunTick['reads'][number] | RunTick['derivations'][number]) => string,
): Map<string, number> {
  const keys = new Set(ticks.flatMap((t) => [...t.reads, ...t.derivations].map(key)));
  const out = new Map<string, number>();
  for (const k of keys) {
    out.set(
      k,
      median(
        ticks.map((t) =>
          sum(
            [...t.reads, ...t.derivations].filter((a) => key(a) === k),
            (a) => a.rows,
          ),
        ),
      ),
    );
  }
  return out;
}

/** Median per tick of each phase's time. */
export function phaseTimes(ticks: readonly RunTick[]): Map<string, number> {
  const names = new Set(ticks.flatMap((t) => t.phases.map((p) => p.name)));
  const out = new Map<string, number>();
  for (const name of names) {
    out.set(
      name,
      median(
        ticks.map((t) =>
          sum(
            t.phases.filter((p) => p.name === name),
            (p) => p.durationMs,
          ),
        ),
      ),
    );
  }
  return out;
}
