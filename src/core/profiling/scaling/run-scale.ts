/**
 * The scaling experiment: the same scenario at several ledger sizes under
 * each strategy, then a complexity fit per strategy, metric, site and phase.
 */
import type { Clock } from '../../instrument/types';
import type { LedgerStore } from '../../ledger/types';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import type { RuntimeRefusal } from '../../runtime/run';
import type { Scenario } from '../../runtime/scenario';
import type { StrategyId } from '../../strategies/types';
import { buildTickRecord } from '../build-run';
import type { ProfileProgress } from '../profile-run';
import { profileStrategies } from '../profile-run';
import type { RunInputLedger } from '../run-file/types';
import type { ScaleReport, ScaleSize, ScaleStrategy, SizeObservation } from './report';
import { SCALE_FILE_FORMAT, SCALE_FILE_VERSION, scaleStrategy } from './report';

export interface SizedLedger {
  /** A fresh writable store holding exactly the size's events. */
  readonly open: () => LedgerStore;
  readonly source: ScaleSize['source'];
}

export interface ScaleRequest {
  readonly sizes: readonly number[];
  readonly ledgerOfSize: (n: number) => SizedLedger;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly reps: number;
  readonly clock: Clock;
  readonly onProgress?: (n: number, progress: ProfileProgress) => void;
}

export interface ScaleResult {
  readonly sizes: readonly ScaleSize[];
  readonly strategies: readonly ScaleStrategy[];
  readonly notes: readonly string[];
}

/**
 * Example: `runScale({ sizes: [1000, 2000, 5000], ledgerOfSize, strategies: ['naive'], … })`
 *   -> `strategies[0].headline.complexity === 'O(n)'`.
 */
export function runScale(request: ScaleRequest): Result<ScaleResult, RuntimeRefusal> {
  const sizes: ScaleSize[] = [];
  const perStrategy = new Map<string, { label: string; sizes: SizeObservation[] }>();
  const notes: string[] = [];
  for (const n of [...request.sizes].sort((a, b) => a - b)) {
    const ledger = request.ledgerOfSize(n);
    const profiled = profileStrategies({
      file: `${ledger.source}-${n}`,
      openCopy: ledger.open,
      strategies: request.strategies,
      scenario: request.scenario,
      reps: request.reps,
      clock: request.clock,
      onProgress: (p) => request.onProgress?.(n, p),
    });
    if (!profiled.ok) {
      return err(profiled.error);
    }
    sizes.push({ n, source: ledger.source });
    notes.push(...profiled.value.notes);
    for (const o of profiled.value.observations) {
      const entry = perStrategy.get(o.id) ?? { label: o.label, sizes: [] };
      entry.sizes.push({
        n,
        repetitions: o.repetitions.map((r) => r.map(buildTickRecord)),
      });
      perStrategy.set(o.id, entry);
    }
  }
  const strategies = [...perStrategy].map(([id, s]) =>
    scaleStrategy(id, s.label, s.sizes),
  );
  return ok({ sizes, strategies, notes: [...new Set(notes)] });
}

/** Wraps a result as the scale file. */
export function buildScaleReport(
  meta: {
    createdAt: string;
    input: RunInputLedger;
    ticksPerSize: number;
    notes?: readonly string[];
  },
  result: ScaleResult,
): ScaleReport {
  return {
    format: SCALE_FILE_FORMAT,
    schemaVersion: SCALE_FILE_VERSION,
    createdAt: meta.createdAt,
    input: meta.input,
    ticksPerSize: meta.ticksPerSize,
    sizes: result.sizes,
    strategies: result.strategies,
    notes: [...(meta.notes ?? []), ...result.notes],
  };
}
