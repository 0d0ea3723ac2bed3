/**
 * The scaling experiment in the engine: the same scenario at several ledger
 * sizes (prefixes of the open ledger, or synthetic ledgers), each strategy
 * on a fresh copy per size, then the core's complexity fits. A cancel is
 * honoured between sizes and strategies.
 */
import type { SqlJsStatic } from 'sql.js';

import { generateSyntheticRows } from '../core/ledger/synthetic/generator';
import type { LedgerEra, StoredRow } from '../core/ledger/types';
import { buildTickRecord } from '../core/profiling/build-run';
import { profileStrategies } from '../core/profiling/profile-run';
import type { ScaleStrategy, SizeObservation } from '../core/profiling/scaling/report';
import { scaleStrategy } from '../core/profiling/scaling/report';
import { DEFAULT_SCENARIO } from '../core/runtime/scenario';
import type { StrategyId } from '../core/strategies/types';
import { isStrategyId } from '../core/strategies/registry';
import { createLedgerFromRows } from './ledger-open';
import type { SqlLedger } from './ledger-sql';
import type { ProfileSource } from './profile-run';
import { remember, runCopies } from './profile-run';
import type { ScaleParams, ScaleOutcome } from './protocol';
import { EngineError } from './protocol';
import type { TaskContext } from './session-host';
import type { Clock } from '../core/instrument/types';

/** The ledger sizes come from: the open ledger (null for synthetic only) and sql.js. */
export interface ScaleSource {
  readonly SQL: SqlJsStatic;
  readonly open: ProfileSource | null;
}

/**
 * Runs the experiment and returns each strategy's points and fits.
 * Example: `await runScaleExperiment(source, { sizes: [500, 1000, 2000], … }, ctx, clock)`.
 */
export async function runScaleExperiment(
  source: ScaleSource,
  params: ScaleParams,
  ctx: TaskContext,
  clock: Clock,
): Promise<ScaleOutcome> {
  const strategies = params.strategies.filter(isStrategyId);
  const sizes = [...new Set(params.sizes)].filter((n) => n > 0).sort((a, b) => a - b);
  if (strategies.length === 0 || sizes.length < 3) {
    const message =
      'The scaling experiment needs a strategy and at least 3 different sizes.';
    throw new EngineError({ code: 'bad-request', message });
  }
  const total = sizes.length * strategies.length * params.ticks;
  const observed = new Map<string, { label: string; sizes: SizeObservation[] }>();
  const notes: string[] = [];
  let done = 0;
  for (const n of sizes) {
    const rows = rowsOfSize(source, params, n, notes);
    for (const id of strategies) {
      await ctx.checkpoint();
      const label = `${id} @ ${n}`;
      ctx.progress({ phase: 'scaling', done, total, strategy: label, etaMs: null });
      const obs = profileAtSize(
        source.SQL,
        rows,
        eraOf(source, params),
        id,
        params,
        clock,
        () => {
          done += 1;
          ctx.progress({ phase: 'scaling', done, total, strategy: label, etaMs: null });
        },
      );
      const entry = observed.get(id) ?? { label: obs.label, sizes: [] };
      entry.sizes.push({ n, repetitions: [obs.ticks] });
      observed.set(id, entry);
    }
  }
  const fitted: ScaleStrategy[] = [...observed].map(([id, s]) =>
    scaleStrategy(id, s.label, s.sizes),
  );
  return {
    sizes: sizes.map((n) => ({ n, source: sourceOf(source, params, n) })),
    strategies: fitted,
    notes,
  };
}

function eraOf(source: ScaleSource, params: ScaleParams): LedgerEra {
  return params.source === 'prefix' ? (source.open?.summary.era ?? 'v1') : 'v1';
}

function sourceOf(
  source: ScaleSource,
  params: ScaleParams,
  n: number,
): 'prefix' | 'full' | 'synthetic' {
  const events = source.open?.summary.events ?? 0;
  if (params.source !== 'prefix' || n > events) {
    return 'synthetic';
  }
  return n === events ? 'full' : 'prefix';
}

function rowsOfSize(
  source: ScaleSource,
  params: ScaleParams,
  n: number,
  notes: string[],
): StoredRow[] {
  const open = source.open;
  if (params.source === 'prefix' && open !== null && n <= open.summary.events) {
    return open.ledger.readAfterId(0, n);
  }
  if (params.source === 'prefix') {
    notes.push(`size ${n} is larger than the open ledger: a synthetic ledger was used`);
  }
  return [...generateSyntheticRows({ events: n, seed: params.seed })];
}

function profileAtSize(
  SQL: SqlJsStatic,
  rows: readonly StoredRow[],
  era: LedgerEra,
  id: StrategyId,
  params: ScaleParams,
  clock: Clock,
  onTick: () => void,
) {
  const copies: SqlLedger[] = [];
  const result = runCopies(copies, () =>
    profileStrategies({
      file: `scale-${rows.length}.db`,
      openCopy: () =>
        remember(copies, createLedgerFromRows(SQL, era, `scale-${rows.length}.db`, rows)),
      strategies: [id],
      scenario: {
        ...DEFAULT_SCENARIO,
        ticks: params.ticks,
        turnEvery: params.turnEvery,
        seed: String(params.seed),
      },
      reps: 1,
      clock,
      onProgress: (p) => (p.tick > 0 ? onTick() : undefined),
    }),
  );
  if (!result.ok) {
    throw new EngineError({ code: 'bad-request', message: result.error.message });
  }
  const observation = result.value.observations[0];
  return {
    label: observation?.label ?? id,
    ticks: (observation?.repetitions[0] ?? []).map(buildTickRecord),
  };
}
