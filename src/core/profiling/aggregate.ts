/**
 * Turns one tick's read-log entries into the run file's compact aggregates:
 * one row per (phase, site, op), with counts, rows, bytes, time and
 * redundancy summed over the entries.
 */
import type { ReadLogEntry } from '../instrument/types';
import { isDerivationOp } from './ops';
import type { ClassifiedEntry } from './redundancy';
import { classifyTickEntries } from './redundancy';
import type { RunOpAggregate, RunTick } from './run-file/types';

type MutableAggregate = {
  -readonly [K in keyof RunOpAggregate]: RunOpAggregate[K];
} & {
  redundancy: {
    duplicates: number;
    similar: number;
    needed: number;
    savableMs: number;
    savableBytes: number;
  };
};

/** Times are rounded to 0.1 µs: finer digits are clock noise and cost bytes. */
export function roundMs(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * Aggregates one tick's entries (any order; classified in `seq` order).
 * Example: 3 `full-read`s at `tick#2` -> one aggregate with `count: 3`.
 */
export function aggregateTickEntries(
  entries: readonly ReadLogEntry[],
): Pick<RunTick, 'reads' | 'derivations'> {
  const byKey = new Map<string, MutableAggregate>();
  for (const item of classifyTickEntries(entries)) {
    const key = `${item.entry.phase}\u0000${item.entry.site}\u0000${item.entry.op}`;
    const aggregate = byKey.get(key) ?? emptyAggregate(item.entry);
    addEntry(aggregate, item);
    byKey.set(key, aggregate);
  }
  const all = [...byKey.values()].map(finish);
  return {
    reads: all.filter((a): a is RunTick['reads'][number] => !isDerivationOp(a.op)),
    derivations: all.filter((a): a is RunTick['derivations'][number] =>
      isDerivationOp(a.op),
    ),
  };
}

function emptyAggregate(entry: ReadLogEntry): MutableAggregate {
  return {
    phase: entry.phase,
    site: entry.site,
    group: entry.group,
    op: entry.op,
    count: 0,
    rows: 0,
    bytes: 0,
    durationMs: 0,
    redundancy: { duplicates: 0, similar: 0, needed: 0, savableMs: 0, savableBytes: 0 },
  };
}

function addEntry(aggregate: MutableAggregate, item: ClassifiedEntry): void {
  const { entry } = item;
  aggregate.count += 1;
  aggregate.rows += entry.rows;
  aggregate.bytes += entry.bytes;
  aggregate.durationMs += entry.durationMs;

  const r = aggregate.redundancy;
  r.duplicates += item.duplicate ? 1 : 0;
  r.similar += item.similar ? 1 : 0;
  r.needed += item.needed ? 1 : 0;
  if (!item.needed) {
    r.savableMs += entry.durationMs;
    r.savableBytes += entry.bytes;
  }
}

function finish(aggregate: MutableAggregate): RunOpAggregate {
  const r = aggregate.redundancy;
  return {
    ...aggregate,
    durationMs: roundMs(aggregate.durationMs),
    redundancy: { ...r, savableMs: roundMs(r.savableMs) },
  };
}
