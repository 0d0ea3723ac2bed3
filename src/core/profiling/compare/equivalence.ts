/**
 * Whether two strategy runs left the same ledger behind, tick by tick, and
 * if not, the first event where they part.
 */
import type { RunAppendedEvent, RunDivergence, RunTick } from '../run-file/types';

export interface EquivalenceVerdict {
  readonly verdict: 'identical' | 'diverged' | 'unknown';
  readonly ticksCompared: number;
  readonly firstDivergence?: RunDivergence;
  readonly note?: string;
}

/**
 * Compares head hashes tick by tick (falling back to head ids when hashes are
 * missing, which can only show a difference, never sameness).
 * Example: equal hashes on every tick -> `{ verdict: 'identical', ticksCompared: 20 }`.
 */
export function compareTicks(
  base: readonly RunTick[],
  cand: readonly RunTick[],
): EquivalenceVerdict {
  const n = Math.min(base.length, cand.length);
  let hashesKnown = true;
  for (let i = 0; i < n; i += 1) {
    const b = base[i];
    const c = cand[i];
    if (b === undefined || c === undefined) {
      break;
    }
    hashesKnown &&= b.headHash !== null && c.headHash !== null;
    if (b.headHash !== c.headHash || b.headId !== c.headId) {
      if (b.headHash === null || c.headHash === null) {
        if (b.headId !== c.headId) {
          return diverged(b, c, i + 1);
        }
        continue;
      }
      return diverged(b, c, i + 1);
    }
  }
  return sameSoFar(base.length, cand.length, n, hashesKnown);
}

function sameSoFar(
  baseTicks: number,
  candTicks: number,
  n: number,
  hashesKnown: boolean,
): EquivalenceVerdict {
  if (!hashesKnown) {
    return { verdict: 'unknown', ticksCompared: n, note: 'head hashes missing' };
  }
  if (baseTicks !== candTicks) {
    const note = `tick counts differ (${baseTicks} vs ${candTicks}); the first ${n} match`;
    return { verdict: 'unknown', ticksCompared: n, note };
  }
  return { verdict: 'identical', ticksCompared: n };
}

function diverged(b: RunTick, c: RunTick, ticksCompared: number): EquivalenceVerdict {
  return {
    verdict: 'diverged',
    ticksCompared,
    firstDivergence: firstDivergentEvent(b, c),
  };
}

function sameEvent(a: RunAppendedEvent | undefined, b: RunAppendedEvent | undefined) {
  return a?.id === b?.id && a?.kind === b?.kind && a?.hash === b?.hash;
}

/** The first appended event that differs within a tick known to diverge. */
export function firstDivergentEvent(b: RunTick, c: RunTick): RunDivergence {
  const bs = b.appended ?? [];
  const cs = c.appended ?? [];
  const length = Math.max(bs.length, cs.length);
  for (let i = 0; i < length; i += 1) {
    if (!sameEvent(bs[i], cs[i])) {
      const eventId = bs[i]?.id ?? cs[i]?.id ?? Math.min(b.headId, c.headId);
      return { tick: b.tick, eventId, baseline: bs[i] ?? null, candidate: cs[i] ?? null };
    }
  }
  // Without per-event records only the tick is known; name its first new id.
  const firstNew = Math.min(b.headId - b.eventsAppended, c.headId - c.eventsAppended) + 1;
  return { tick: b.tick, eventId: firstNew, baseline: null, candidate: null };
}
