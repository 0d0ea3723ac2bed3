/**
 * The reads-per-tick chart's data: one row per tick, one stacked series per
 * (phase, operation), so the bar splits by phase and each piece takes its
 * operation's colour. Counts are the first repetition's (they are the same
 * in every repetition); bytes likewise.
 */
import type { RunReadOp, RunTick } from '../../../core/profiling/run-file/types';
import { ofSite } from '../run-view/run-ticks';

export type ReadMetric = 'count' | 'bytes';

export interface ReadSeries {
  /** The row key, `phase · op`. */
  readonly key: string;
  readonly phase: string;
  readonly op: RunReadOp;
}

export interface ReadsPerTickModel {
  readonly rows: readonly Readonly<Record<string, number>>[];
  readonly series: readonly ReadSeries[];
  /** Operations present, for the legend. */
  readonly ops: readonly RunReadOp[];
  /** The largest stacked total. */
  readonly max: number;
}

/** Builds the chart data; `site` keeps only that site's reads. */
export function readsPerTick(
  ticks: readonly RunTick[],
  metric: ReadMetric,
  site: string | null,
): ReadsPerTickModel {
  const series = new Map<string, ReadSeries>();
  const rows = ticks.map((tick) => tickRow(tick, metric, site, series));
  const ops = [...new Set([...series.values()].map((s) => s.op))];
  const max = Math.max(0, ...rows.map((r) => rowTotal(r)));
  return { rows, series: [...series.values()], ops, max };
}

function tickRow(
  tick: RunTick,
  metric: ReadMetric,
  site: string | null,
  series: Map<string, ReadSeries>,
): Record<string, number> {
  const row: Record<string, number> = { tick: tick.tick };
  for (const read of ofSite(tick.reads, site)) {
    const key = `${read.phase} · ${read.op}`;
    if (!series.has(key)) {
      series.set(key, { key, phase: read.phase, op: read.op });
    }
    row[key] = (row[key] ?? 0) + (metric === 'count' ? read.count : read.bytes);
  }
  return row;
}

function rowTotal(row: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const [key, value] of Object.entries(row)) {
    total += key === 'tick' ? 0 : value;
  }
  return total;
}
