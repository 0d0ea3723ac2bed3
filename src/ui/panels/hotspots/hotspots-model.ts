/**
 * The hotspots table: per read site, what it cost per repetition (counts
 * are exact; times are averaged over repetitions), sortable by any column.
 */
import type { SiteSummary } from '../../../core/profiling/sites';
import { summarizeSites } from '../../../core/profiling/sites';
import type { RunStrategy, RunTick } from '../../../core/profiling/run-file/types';
import { allTicks, ofSite, splitSite } from '../run-view/run-ticks';

export interface HotspotRow {
  readonly site: string;
  readonly fn: string;
  readonly name: string;
  /** `file:line` for external runs. */
  readonly location: string | null;
  readonly reads: number;
  readonly derivations: number;
  readonly duplicates: number;
  readonly rows: number;
  readonly bytes: number;
  readonly ms: number;
  readonly share: number;
  readonly savableMs: number;
  readonly savableBytes: number;
  readonly analysed: boolean;
}

export type HotspotColumn =
  'site' | 'reads' | 'duplicates' | 'rows' | 'bytes' | 'ms' | 'share' | 'savableMs';

export interface HotspotSort {
  readonly column: HotspotColumn;
  readonly descending: boolean;
}

/** Per-site rows for one strategy, per repetition. */
export function hotspotRows(strategy: RunStrategy): HotspotRow[] {
  const reps = Math.max(1, strategy.repetitions.length);
  return summarizeSites(allTicks(strategy)).map((s) => toRow(s, reps));
}

function toRow(s: SiteSummary, reps: number): HotspotRow {
  const split = splitSite(s.site, s.callSite);
  return {
    site: s.site,
    fn: split.fn,
    name: split.name,
    location: split.location,
    reads: s.reads / reps,
    derivations: s.derivations / reps,
    duplicates: s.duplicates / reps,
    rows: s.rows / reps,
    bytes: s.bytes / reps,
    ms: s.durationMs / reps,
    share: s.shareOfTickTime,
    savableMs: s.savableMs / reps,
    savableBytes: s.savableBytes / reps,
    analysed: s.analysed,
  };
}

/** A sorted copy; ties keep the site order. */
export function sortHotspots(
  rows: readonly HotspotRow[],
  sort: HotspotSort,
): HotspotRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b, sort.column) || a.site.localeCompare(b.site),
  );
}

function compare(a: HotspotRow, b: HotspotRow, column: HotspotColumn): number {
  if (column === 'site') {
    return a.site.localeCompare(b.site);
  }
  return a[column] - b[column];
}

export interface SiteTickPoint {
  readonly tick: number;
  readonly reads: number;
  readonly ms: number;
}

/** One site across the ticks of the first repetition. */
export function siteAcrossTicks(
  ticks: readonly RunTick[],
  site: string,
): SiteTickPoint[] {
  return ticks.map((tick) => {
    const all = [...ofSite(tick.reads, site), ...ofSite(tick.derivations, site)];
    return {
      tick: tick.tick,
      reads: all.reduce((sum, a) => sum + a.count, 0),
      ms: all.reduce((sum, a) => sum + a.durationMs, 0),
    };
  });
}
