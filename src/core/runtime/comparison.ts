import type { DerivationCount } from '../instrument/recorder';
import type { Clock } from '../instrument/types';
import type { LedgerStore } from '../ledger/types';
import { err, ok, type Result } from '../result';
import type { StrategyId } from '../strategies/types';
import { compareContinued, type Equivalence } from './equivalence';
import {
  runStrategy,
  type RuntimeRefusal,
  type StrategyRun,
  type TickRecord,
} from './run';
import type { Scenario } from './scenario';
import { SITES } from './sites';

export interface ComparisonInput {
  readonly file: string;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly clock: Clock;
  /** A fresh copy of the input ledger per call; the input itself is never written. */
  readonly makeStore: () => LedgerStore;
  readonly logCapacity?: number;
  readonly onTick?: (strategy: StrategyId, record: TickRecord) => void;
}

export interface ContinuedRun {
  readonly run: StrategyRun;
  /** The continued copy (export it to save the ledger). */
  readonly store: LedgerStore;
}

export interface Comparison {
  readonly runs: readonly ContinuedRun[];
  readonly equivalence: Equivalence;
}

/**
 * Runs the same scenario under each strategy, each on its own copy of the
 * ledger, and compares the continued ledgers event by event.
 *
 * @example runComparison({ file, strategies: ['naive', 'incremental'], scenario, clock, makeStore })
 */
export function runComparison(
  input: ComparisonInput,
): Result<Comparison, RuntimeRefusal> {
  const runs: ContinuedRun[] = [];
  for (const strategy of input.strategies) {
    const store = input.makeStore();
    const onTick = input.onTick;
    const res = runStrategy({
      store,
      file: input.file,
      strategy,
      scenario: input.scenario,
      clock: input.clock,
      logCapacity: input.logCapacity,
      onTick: onTick && ((r) => onTick(strategy, r)),
    });
    if (!res.ok) {
      return err(res.error);
    }
    runs.push({ run: res.value, store });
  }
  const continued = runs.map(({ run, store }) => ({ ...run, store }));
  return ok({ runs, equivalence: compareContinued(continued) });
}

/** The per-strategy object of `tickscope run --json`. */
export interface RunSummary {
  readonly strategy: StrategyId;
  readonly label: string;
  readonly wrong: boolean;
  readonly eventsBefore: number;
  readonly eventsAfter: number;
  readonly headHash: string | null;
  /** Physical full reads (op `full-read`) per tick, tick 0 (construction) first. */
  readonly fullReadsPerTick: readonly number[];
  /**
   * Logical `read_all()` calls per tick: reads at non-tail read sites however
   * they were served (a cache hit counts). Comparable to PMM's measured 10.
   */
  readonly logicalReadsPerTick: readonly number[];
  readonly readsBySite: Readonly<Record<string, number>>;
  readonly derivations: Readonly<Record<string, DerivationCount>>;
  readonly medianTickMs: number;
  /** Which sites fired on which tick (tick 0 is construction). */
  readonly sitesByTick: readonly (readonly string[])[];
}

/**
 * Totals of one run for reports: reads by site and derivations summed over
 * ticks, full reads per tick, the median tick time (ticks 1..N).
 *
 * @example summarizeRun(run).fullReadsPerTick[1]
 */
export function summarizeRun(run: StrategyRun): RunSummary {
  const readsBySite: Record<string, number> = {};
  const derivations: Record<string, DerivationCount> = {};
  for (const t of run.ticks) {
    for (const [site, n] of Object.entries(t.readsBySite)) {
      readsBySite[site] = (readsBySite[site] ?? 0) + n;
    }
    for (const [op, d] of Object.entries(t.derivations)) {
      const acc = (derivations[op] ??= { count: 0, events: 0 });
      acc.count += d.count;
      acc.events += d.events;
    }
  }
  const { strategy, label, wrong, eventsBefore, eventsAfter, headHash } = run;
  return {
    strategy,
    label,
    wrong,
    eventsBefore,
    eventsAfter,
    headHash,
    fullReadsPerTick: run.ticks.map((t) => t.fullReads),
    logicalReadsPerTick: run.ticks.map((t) => logicalReads(t.readsBySite)),
    readsBySite,
    derivations,
    medianTickMs: median(run.ticks.slice(1).map((t) => t.durationMs)),
    sitesByTick: run.ticks.map((t) => t.sitesFired),
  };
}

function logicalReads(readsBySite: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const [site, count] of Object.entries(readsBySite)) {
    n += isFullHorizonRead(site) ? count : 0;
  }
  return n;
}

/** A read site whose PMM call is `read_all()` (not `read_tail`, not a derive site). */
export function isFullHorizonRead(site: string): boolean {
  const spec = SITES_BY_NAME.get(site);
  return (
    spec?.kind === 'read' &&
    !site.endsWith('.read_tail') &&
    site !== '_build_reflection_guidance'
  );
}

const SITES_BY_NAME = new Map(SITES.map((s) => [s.site, s]));

export function median(xs: readonly number[]): number {
  if (xs.length === 0) {
    return 0;
  }
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
