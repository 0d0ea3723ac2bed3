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
import type {
  RuntimeRefusal,
  StrategyRun,
  StrategyStepper,
  TickRecord,
} from '../runtime/run';
import { startStrategyRun } from '../runtime/run';
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

/** One repetition of one strategy, as run-file observations. */
export interface RepetitionResult {
  readonly label: string;
  readonly ticks: TickObservation[];
  readonly notes: string[];
}

/**
 * One repetition taken a tick at a time (#6): the engine yields between
 * ticks so a cancel is honoured within one tick. Stepping to the end gives
 * what `profileStrategies` records for that repetition.
 */
export interface RepetitionStepper {
  readonly done: boolean;
  step(): void;
  finish(): RepetitionResult;
}

function profileOnce(
  request: ProfileRequest,
  strategy: StrategyId,
  rep: number,
): Result<RepetitionResult, RuntimeRefusal> {
  const started = startRepetition(request, strategy, rep);
  if (!started.ok) {
    return started;
  }
  while (!started.value.done) {
    started.value.step();
  }
  return ok(started.value.finish());
}

/**
 * Opens a fresh copy (`request.openCopy()`), runs construction and returns
 * a stepper over the scenario's ticks; a v2 ledger is refused.
 * Example: `const s = startRepetition(request, 'naive', 0); while (s.ok && !s.value.done) s.value.step();`
 */
export function startRepetition(
  request: ProfileRequest,
  strategy: StrategyId,
  rep: number,
): Result<RepetitionStepper, RuntimeRefusal> {
  const store = request.openCopy();
  const maxBefore = store.maxId();
  const run = startStrategyRun({
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
  return ok(repetitionStepper(run.value, store, maxBefore, strategy));
}

function repetitionStepper(
  stepper: StrategyStepper,
  store: LedgerStore,
  maxBefore: number,
  strategy: StrategyId,
): RepetitionStepper {
  return {
    get done() {
      return stepper.done;
    },
    step: () => void stepper.step(),
    finish: () => {
      const run = stepper.finish();
      const appended = store.readAfterId(maxBefore);
      return {
        label: run.label,
        ticks: toObservations(run, appended, maxBefore),
        notes: droppedNotes(strategy, run.ticks),
      };
    },
  };
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
