/**
 * Derived work: how many projection folds, IAS/GAS passes, stage inferences
 * and chain verifications each tick ran, and how many events they processed.
 */
import type { RunDerivationOp, RunTick } from '../../../core/profiling/run-file/types';
import { ofSite } from '../run-view/run-ticks';

export const DERIVATION_OPS: readonly RunDerivationOp[] = [
  'projection-fold',
  'metrics-pass',
  'stage-inference',
  'chain-verification',
];

export interface DerivedTotals {
  readonly op: RunDerivationOp;
  readonly count: number;
  readonly events: number;
  readonly ms: number;
  /** Per tick, mean over the ticks shown. */
  readonly countPerTick: number;
  readonly eventsPerTick: number;
}

export interface DerivedWorkModel {
  /** `{ tick, [op]: count, [op + ':events']: events }` per tick. */
  readonly rows: readonly Readonly<Record<string, number>>[];
  readonly totals: readonly DerivedTotals[];
}

export function derivedWork(
  ticks: readonly RunTick[],
  site: string | null,
): DerivedWorkModel {
  const rows = ticks.map((tick) => {
    const row: Record<string, number> = { tick: tick.tick };
    for (const d of ofSite(tick.derivations, site)) {
      row[d.op] = (row[d.op] ?? 0) + d.count;
      row[`${d.op}:events`] = (row[`${d.op}:events`] ?? 0) + d.rows;
    }
    return row;
  });
  const n = Math.max(1, ticks.length);
  const totals = DERIVATION_OPS.map((op) => totalsOf(ticks, op, site, n));
  return { rows, totals };
}

function totalsOf(
  ticks: readonly RunTick[],
  op: RunDerivationOp,
  site: string | null,
  n: number,
): DerivedTotals {
  let count = 0;
  let events = 0;
  let ms = 0;
  for (const tick of ticks) {
    for (const d of ofSite(tick.derivations, site)) {
      if (d.op === op) {
        count += d.count;
        events += d.rows;
        ms += d.durationMs;
      }
    }
  }
  return { op, count, events, ms, countPerTick: count / n, eventsPerTick: events / n };
}
