import type { LedgerStore } from '../ledger/types';
import type { StrategyId } from '../strategies/types';

/** A strategy whose continued ledger differs from the reference's. */
export interface Divergence {
  readonly strategy: StrategyId;
  /** The first id whose hash differs (or that one ledger lacks). */
  readonly firstDivergentId: number;
  /** That event's kind in the diverging ledger (`(missing)` when it ended early). */
  readonly kind: string;
  /** Whether the strategy is the deliberately wrong one. */
  readonly wrong: boolean;
}

export interface Equivalence {
  /** True when every strategy that is not wrong by design matches the reference. */
  readonly equivalent: boolean;
  readonly reference: StrategyId | null;
  readonly divergences: readonly Divergence[];
}

export interface ContinuedLedger {
  readonly strategy: StrategyId;
  readonly wrong: boolean;
  readonly store: LedgerStore;
  readonly eventsBefore: number;
}

/**
 * Compares the events each strategy appended, hash by hash, against the
 * first correct strategy's (naive when present). Equal hashes mean
 * byte-identical events, since each hash covers id, ts, kind, content, meta
 * and the previous hash.
 *
 * @example compareContinued([naiveRun, staleRun]).divergences[0]?.strategy === 'stale'
 */
export function compareContinued(runs: readonly ContinuedLedger[]): Equivalence {
  const correct = runs.filter((r) => !r.wrong);
  const ref = correct.find((r) => r.strategy === 'naive') ?? correct[0] ?? runs[0];
  if (ref === undefined) {
    return { equivalent: true, reference: null, divergences: [] };
  }
  const refRows = ref.store.readAfterId(0).slice(ref.eventsBefore);
  const divergences: Divergence[] = [];
  for (const run of runs) {
    const d = run === ref ? null : firstDivergence(refRows, run);
    if (d !== null) {
      divergences.push(d);
    }
  }
  const equivalent = divergences.every((d) => d.wrong);
  return { equivalent, reference: ref.strategy, divergences };
}

function firstDivergence(
  refRows: readonly { id: number; hash: string | null; kind: string }[],
  run: ContinuedLedger,
): Divergence | null {
  const rows = run.store.readAfterId(0).slice(run.eventsBefore);
  const n = Math.max(rows.length, refRows.length);
  for (let i = 0; i < n; i++) {
    const a = refRows[i];
    const b = rows[i];
    if (a?.hash !== b?.hash) {
      const id = b?.id ?? a?.id ?? 0;
      return {
        strategy: run.strategy,
        firstDivergentId: id,
        kind: b?.kind ?? '(missing)',
        wrong: run.wrong,
      };
    }
  }
  return null;
}
