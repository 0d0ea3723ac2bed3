/**
 * Runs the runtime's ticks under each strategy, `reps` times on a fresh copy
 * of the ledger each, and turns what the recorder saw into run-file
 * observations. Construction (the runtime's tick 0) is run but not recorded
 * as a tick: the run file's ticks are the scenario's ticks.
 */
import type { Clock } from '../instrument/types';
import type { LedgerStore, StoredRow } from '../ledger/types';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { RuntimeRefusal, StrategyRun, TickRecord } from '../runtime/run';
import { runStrategy } from '../runtime/run';
import type { Scenario } from '../runtime/scenario';
import type { StrategyId } from '../strategies/types';
import type { StrategyObservation, TickObservation } from './build-run';
import type { RunAppendedEvent } from './run-file/types';

export interface ProfileProgress {
  readonly strategy: StrategyId;
  readonly rep: number;
  readonly reps: number;
  readonly tick: number;
  readonly ticks: number;
}

export interface ProfileRequest {
  /** Names the ledger in refusals. */
  readonly file: string;
  /** A fresh, writable copy of the input ledger; called once per strategy and repetition. */
  readonly openCopy: () => LedgerStore;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly reps: number;
  readonly clock: Clock;
  readonly onProgress?: (progress: ProfileProgress) => void;
}

export interface ProfileResult {
  readonly observations: readonly StrategyObservation[];
  /** Remarks for the run file's notes (e.g. read-log entries dropped). */
  readonly notes: readonly string[];
}

/**
 * Example: `profileStrategies({ file, openCopy, strategies: ['naive'], scenario, reps: 3, clock })`.
 */
export function profileStrategies(
  request: ProfileRequest,
): Result<ProfileResult, RuntimeRefusal> {
  const observations: StrategyObservation[] = [];
  const notes: string[] = [];
  for (const strategy of request.strategies) {
    const repetitions: TickObservation[][] = [];
    let label: string = strategy;
    for (let rep = 0; rep < request.reps; rep += 1) {
      const result = profileOnce(request, strategy, rep);
      if (!result.ok) {
        return result;
      }
      label = result.value.label;
      repetitions.push(result.value.ticks);
      notes.push(...result.value.notes);
    }
    observations.push({ id: strategy, label, repetitions });
  }
  return ok({ observations, notes: [...new Set(notes)] });
}

interface OnceResult {
  readonly label: string;
  readonly ticks: TickObservation[];
  readonly notes: string[];
}

function profileOnce(
  request: ProfileRequest,
  strategy: StrategyId,
  rep: number,
): Result<OnceResult, RuntimeRefusal> {
  const store = request.openCopy();
  const maxBefore = store.maxId();
  const run = runStrategy({
    store,
    file: request.file,
    strategy,
    scenario: request.scenario,
    clock: request.clock,
    onTick: (record) =>
      request.onProgress?.({
        strategy,
        rep,
        reps: request.reps,
        tick: record.tick,
        ticks: request.scenario.ticks,
      }),
  });
  if (!run.ok) {
    return err(run.error);
  }
  const appended = store.readAfterId(maxBefore);
  return ok({
    label: run.value.label,
    ticks: toObservations(run.value, appended, maxBefore),
    notes: droppedNotes(strategy, run.value.ticks),
  });
}

function droppedNotes(strategy: StrategyId, ticks: readonly TickRecord[]): string[] {
  const dropped = ticks.reduce((sum, t) => sum + t.dropped, 0);
  return dropped === 0
    ? []
    : [`${strategy}: the read log dropped ${dropped} entries; aggregates undercount`];
}

/** Splits the appended rows among the ticks by their `appended` counts. */
function toObservations(
  run: StrategyRun,
  appended: readonly StoredRow[],
  maxBefore: number,
): TickObservation[] {
  const out: TickObservation[] = [];
  let offset = 0;
  let headId = maxBefore;
  for (const record of run.ticks) {
    const rows = appended.slice(offset, offset + record.appended);
    offset += record.appended;
    headId = rows[rows.length - 1]?.id ?? headId;
    if (record.tick > 0) {
      out.push(toObservation(record, rows, headId));
    }
  }
  return out;
}

function toObservation(
  record: TickRecord,
  rows: readonly StoredRow[],
  headId: number,
): TickObservation {
  const appended: RunAppendedEvent[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    hash: r.hash,
  }));
  return {
    tick: record.tick,
    durationMs: record.durationMs,
    phases: Object.entries(record.phaseMs).map(([name, durationMs]) => ({
      name,
      durationMs,
    })),
    entries: record.entries,
    eventsAppended: record.appended,
    headId,
    headHash: record.headHash,
    appended,
  };
}
