/**
 * Per-site totals over a run's ticks: what the hotspots table shows.
 */
import { roundMs } from './aggregate';
import { isDerivationOp } from './ops';
import type { RunCallSite, RunOpAggregate, RunTick } from './run-file/types';
import type { SiteGroup } from '../instrument/types';

export interface SiteSummary {
  readonly site: string;
  readonly group: SiteGroup;
  readonly phases: readonly string[];
  /** Read operations (fetches and cache answers) observed. */
  readonly reads: number;
  /** Derivations (folds, passes, inference, verification) observed. */
  readonly derivations: number;
  readonly fullReads: number;
  /** Reads still needed had events been read once and passed down. */
  readonly needed: number;
  /** Reads that returned what an earlier read of the same tick returned. */
  readonly duplicates: number;
  readonly similar: number;
  /** Derivations that repeated one over the same events (same args, no append between). */
  readonly derivationDuplicates: number;
  readonly rows: number;
  readonly bytes: number;
  readonly durationMs: number;
  /** durationMs / the ticks' total time (0 when the ticks took no measurable time). */
  readonly shareOfTickTime: number;
  /** Time of the reads (and repeated derivations) not needed, and the reads' bytes. */
  readonly savableMs: number;
  readonly savableBytes: number;
  /** Ticks in which the site did anything. */
  readonly ticks: readonly number[];
  /** True when the producer recorded redundancy for every aggregate of the site. */
  readonly analysed: boolean;
  readonly callSite?: RunCallSite;
}

type Totals = {
  -readonly [
    K in Exclude<keyof SiteSummary, 'phases' | 'ticks' | 'callSite'>
  ]: SiteSummary[K];
} & { phases: Set<string>; ticks: Set<number>; callSite?: RunCallSite };

/**
 * Sums every aggregate of `ticks` per site, sorted by time, then by reads.
 * Example: `summarizeSites(run.strategies[0].repetitions[0].ticks)[0].site` is the hottest site.
 */
export function summarizeSites(ticks: readonly RunTick[]): SiteSummary[] {
  const bySite = new Map<string, Totals>();
  const tickTime = ticks.reduce((sum, t) => sum + t.durationMs, 0);
  for (const tick of ticks) {
    for (const aggregate of [...tick.reads, ...tick.derivations]) {
      const totals = bySite.get(aggregate.site) ?? emptyTotals(aggregate);
      addAggregate(totals, aggregate, tick.tick);
      bySite.set(aggregate.site, totals);
    }
  }
  return [...bySite.values()]
    .map((t) => finish(t, tickTime))
    .sort((a, b) => b.durationMs - a.durationMs || b.reads - a.reads);
}

function emptyTotals(aggregate: RunOpAggregate): Totals {
  return {
    site: aggregate.site,
    group: aggregate.group,
    phases: new Set(),
    reads: 0,
    derivations: 0,
    fullReads: 0,
    needed: 0,
    duplicates: 0,
    similar: 0,
    derivationDuplicates: 0,
    rows: 0,
    bytes: 0,
    durationMs: 0,
    shareOfTickTime: 0,
    savableMs: 0,
    savableBytes: 0,
    ticks: new Set(),
    analysed: true,
    ...(aggregate.callSite ? { callSite: aggregate.callSite } : {}),
  };
}

function addAggregate(t: Totals, a: RunOpAggregate, tick: number): void {
  t.phases.add(a.phase);
  t.ticks.add(tick);
  if (isDerivationOp(a.op)) {
    t.derivations += a.count;
  } else {
    t.reads += a.count;
  }
  t.fullReads += a.op === 'full-read' ? a.count : 0;
  t.rows += a.rows;
  t.bytes += a.bytes;
  t.durationMs += a.durationMs;
  addRedundancy(t, a);
}

function addRedundancy(t: Totals, a: RunOpAggregate): void {
  const derivation = isDerivationOp(a.op);
  if (a.redundancy === undefined) {
    t.analysed = false;
    t.needed += derivation ? 0 : a.count;
    return;
  }
  if (derivation) {
    t.derivationDuplicates += a.redundancy.duplicates;
    t.savableMs += a.redundancy.savableMs;
    return;
  }
  t.needed += a.redundancy.needed;
  t.duplicates += a.redundancy.duplicates;
  t.similar += a.redundancy.similar;
  t.savableMs += a.redundancy.savableMs;
  t.savableBytes += a.redundancy.savableBytes;
}

function finish(t: Totals, tickTime: number): SiteSummary {
  return {
    ...t,
    phases: [...t.phases].sort(),
    ticks: [...t.ticks].sort((a, b) => a - b),
    durationMs: roundMs(t.durationMs),
    savableMs: roundMs(t.savableMs),
    shareOfTickTime: tickTime > 0 ? t.durationMs / tickTime : 0,
  };
}
