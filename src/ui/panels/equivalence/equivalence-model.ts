/**
 * The equivalence strip: per strategy, per tick, whether its ledger head
 * matches the baseline strategy's after that tick, and the run's recorded
 * verdict with the first divergent event.
 */
import type {
  RunDivergence,
  RunEquivalence,
  RunFile,
  RunStrategy,
} from '../../../core/profiling/run-file/types';
import { firstTicks } from '../run-view/run-ticks';

export type CellState = 'baseline' | 'match' | 'differ' | 'unknown';

export interface StripCell {
  readonly tick: number;
  readonly state: CellState;
}

export interface StripRow {
  readonly strategy: string;
  readonly label: string;
  readonly cells: readonly StripCell[];
  readonly verdict: RunEquivalence['verdict'] | 'baseline';
  readonly divergence: RunDivergence | null;
  readonly note: string | null;
}

export interface EquivalenceModel {
  readonly baseline: string | null;
  readonly rows: readonly StripRow[];
}

export function equivalenceStrip(run: RunFile): EquivalenceModel {
  const baselineId = run.equivalence[0]?.baseline ?? run.strategies[0]?.id ?? null;
  const baseline = run.strategies.find((s) => s.id === baselineId);
  if (baseline === undefined) {
    return { baseline: null, rows: [] };
  }
  const heads = headsByTick(baseline);
  const rows = run.strategies.map((s) => stripRow(run, s, baseline.id, heads));
  return { baseline: baseline.id, rows };
}

function headsByTick(strategy: RunStrategy): Map<number, string | null> {
  return new Map(firstTicks(strategy).map((t) => [t.tick, t.headHash]));
}

function stripRow(
  run: RunFile,
  strategy: RunStrategy,
  baselineId: string,
  heads: Map<number, string | null>,
): StripRow {
  const isBaseline = strategy.id === baselineId;
  const recorded = run.equivalence.find((e) => e.strategy === strategy.id);
  const cells = firstTicks(strategy).map((t): StripCell => {
    const expected = heads.get(t.tick);
    if (isBaseline) {
      return { tick: t.tick, state: 'baseline' };
    }
    if (expected === undefined || expected === null || t.headHash === null) {
      return { tick: t.tick, state: 'unknown' };
    }
    return { tick: t.tick, state: expected === t.headHash ? 'match' : 'differ' };
  });
  return {
    strategy: strategy.id,
    label: strategy.label,
    cells,
    verdict: isBaseline ? 'baseline' : (recorded?.verdict ?? verdictOf(cells)),
    divergence: recorded?.firstDivergence ?? null,
    note: recorded?.note ?? null,
  };
}

function verdictOf(cells: readonly StripCell[]): RunEquivalence['verdict'] {
  if (cells.some((c) => c.state === 'differ')) {
    return 'diverged';
  }
  return cells.every((c) => c.state === 'match') && cells.length > 0
    ? 'identical'
    : 'unchecked';
}
