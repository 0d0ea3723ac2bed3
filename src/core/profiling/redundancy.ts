/**
 * Redundancy of the reads within one tick.
 *
 * - duplicate: an earlier entry of the same tick had the same op, the same
 *   args and the same `maxIdAtRead`, so it returned the same rows (nothing was
 *   appended in between).
 * - similar: not a duplicate, but an earlier entry had the same op with other
 *   args (or at another max id).
 * - needed: whether the entry would still happen had the tick read its events
 *   once and passed them down, pushing its own appends into the list. Only the
 *   tick's first full read is needed; any other entry is needed unless it is a
 *   duplicate.
 *
 * The classification sees each entry once, so a logical read is counted once.
 */
import type { ReadLogEntry } from '../instrument/types';

export interface ClassifiedEntry {
  readonly entry: ReadLogEntry;
  readonly duplicate: boolean;
  readonly similar: boolean;
  readonly needed: boolean;
}

/**
 * Classifies the entries of ONE tick, in `seq` order.
 * Example: two `full-read` entries at max id 10 -> the second is a duplicate and not needed.
 */
export function classifyTickEntries(entries: readonly ReadLogEntry[]): ClassifiedEntry[] {
  const seenExact = new Set<string>();
  const seenOps = new Set<string>();
  let sawFullRead = false;
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);

  return ordered.map((entry) => {
    const exactKey = `${entry.op}\u0000${entry.args}\u0000${entry.maxIdAtRead}`;
    const duplicate = seenExact.has(exactKey);
    const similar = !duplicate && seenOps.has(entry.op);
    const needed = isNeeded(entry, duplicate, sawFullRead);

    seenExact.add(exactKey);
    seenOps.add(entry.op);
    sawFullRead ||= entry.op === 'full-read';
    return { entry, duplicate, similar, needed };
  });
}

function isNeeded(
  entry: ReadLogEntry,
  duplicate: boolean,
  sawFullRead: boolean,
): boolean {
  if (entry.op === 'full-read') {
    return !sawFullRead;
  }
  return !duplicate;
}

/** Groups entries by tick number, keeping `seq` order within each tick. */
export function groupByTick(
  entries: readonly ReadLogEntry[],
): Map<number, ReadLogEntry[]> {
  const byTick = new Map<number, ReadLogEntry[]>();
  for (const entry of entries) {
    const list = byTick.get(entry.tick) ?? [];
    list.push(entry);
    byTick.set(entry.tick, list);
  }
  return byTick;
}
