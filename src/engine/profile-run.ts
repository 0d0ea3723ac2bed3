/**
 * A profiling run in the engine: every strategy, every repetition, on a
 * fresh copy of the open ledger (its exported bytes reopened), so the
 * opened ledger never changes. Progress streams per tick; a cancel is
 * honoured between ticks: each repetition is stepped one tick at a time
 * with a checkpoint before each tick (outside the tick's timing, so the
 * results are those of an uninterrupted run).
 */
import type { SqlJsStatic } from 'sql.js';

import type { Clock } from '../core/instrument/types';
import type { TickObservation, StrategyObservation } from '../core/profiling/build-run';
import { buildRunFile } from '../core/profiling/build-run';
import { sha256Hex } from '../core/profiling/hash';
import type { RunEnvironment, RunFile } from '../core/profiling/run-file/types';
import type { ProfileRequest, RepetitionResult } from '../core/profiling/profile-run';
import { startRepetition } from '../core/profiling/profile-run';
import type { Scenario } from '../core/runtime/scenario';
import { DEFAULT_SCENARIO } from '../core/runtime/scenario';
import { isStrategyId } from '../core/strategies/registry';
import type { StrategyId } from '../core/strategies/types';
import { openLedgerFile } from './ledger-open';
import type { SqlLedger } from './ledger-sql';
import type { LedgerSummary, ProfileParams } from './protocol';
import { EngineError } from './protocol';
import type { TaskContext } from './session-host';

/** The open ledger a profile starts from. */
export interface ProfileSource {
  readonly SQL: SqlJsStatic;
  readonly ledger: SqlLedger;
  readonly summary: LedgerSummary;
  /** SHA-256 of the opened file's bytes; null for generated ledgers (their export is hashed). */
  readonly fileSha256: Promise<string | null>;
}

/** Where the run happens, named in the run file. */
export interface ProfileHost {
  readonly clock: Clock;
  readonly platform: string;
  readonly cores: number | null;
  readonly tickscopeVersion: string;
}

/**
 * Runs the profile and returns its run file.
 * Example: `await runProfile(source, { strategies: ['naive'], ticks: 20, … }, ctx, host)`.
 */
export async function runProfile(
  source: ProfileSource,
  params: ProfileParams,
  ctx: TaskContext,
  host: ProfileHost,
): Promise<RunFile> {
  const strategies = checkStrategies(params.strategies);
  const bytes = source.ledger.exportBytes();
  const scenario = toScenario(params);
  const observations: StrategyObservation[] = [];
  const notes: string[] = [];
  for (const id of strategies) {
    observations.push(
      await runOneStrategy(source, bytes, id, scenario, params, ctx, host, notes),
    );
  }
  return buildRunFile(
    {
      runId: params.runId,
      createdAt: params.createdAt,
      ...(params.label === undefined || params.label === ''
        ? {}
        : { label: params.label }),
      ledger: {
        name: source.summary.name,
        sha256: (await source.fileSha256) ?? sha256Hex(bytes),
        eventCount: source.summary.events,
        era: source.summary.era ?? 'unknown',
      },
      environment: environmentOf(host),
      scenario: {
        ticks: params.ticks,
        turnEvery: params.turnEvery,
        seed: params.seed,
        reps: params.reps,
      },
      ...(notes.length === 0 ? {} : { notes }),
    },
    observations,
    strategies.includes('naive') ? 'naive' : undefined,
  );
}

function checkStrategies(ids: readonly string[]): StrategyId[] {
  const unknown = ids.filter((id) => !isStrategyId(id));
  if (ids.length === 0 || unknown.length > 0) {
    const message =
      ids.length === 0
        ? 'Choose at least one strategy.'
        : `Unknown strategy: ${unknown.join(', ')}.`;
    throw new EngineError({ code: 'bad-request', message });
  }
  return ids.filter(isStrategyId);
}

function toScenario(params: ProfileParams): Scenario {
  return {
    ...DEFAULT_SCENARIO,
    ticks: params.ticks,
    turnEvery: params.turnEvery,
    seed: String(params.seed),
  };
}

async function runOneStrategy(
  source: ProfileSource,
  bytes: Uint8Array,
  id: StrategyId,
  scenario: Scenario,
  params: ProfileParams,
  ctx: TaskContext,
  host: ProfileHost,
  notes: string[],
): Promise<StrategyObservation> {
  const progress = progressReporter(id, params, ctx, host.clock);
  const repetitions: (readonly TickObservation[])[] = [];
  let label: string = id;
  for (let rep = 0; rep < params.reps; rep += 1) {
    const copies: SqlLedger[] = [];
    const request: ProfileRequest = {
      file: source.summary.name,
      openCopy: () => remember(copies, openCopy(source, bytes)),
      strategies: [id],
      scenario,
      reps: params.reps,
      clock: host.clock,
      onProgress: (p) => (p.tick > 0 ? progress.tick() : undefined),
    };
    const result = await runCopiesAsync(copies, () =>
      stepRepetition(request, id, rep, ctx),
    );
    label = result.label;
    repetitions.push(result.ticks);
    notes.push(...result.notes.filter((n) => !notes.includes(n)));
  }
  progress.finish();
  return { id, label, repetitions };
}

/** One repetition, with a checkpoint before construction and before every tick. */
async function stepRepetition(
  request: ProfileRequest,
  id: StrategyId,
  rep: number,
  ctx: TaskContext,
): Promise<RepetitionResult> {
  await ctx.checkpoint();
  const started = startRepetition(request, id, rep);
  if (!started.ok) {
    throw new EngineError({ code: 'bad-request', message: started.error.message });
  }
  const stepper = started.value;
  while (!stepper.done) {
    await ctx.checkpoint();
    stepper.step();
  }
  return stepper.finish();
}

/** Keeps a copy so it can be closed: sql.js memory is freed only by `close`. */
export function remember(copies: SqlLedger[], copy: SqlLedger): SqlLedger {
  copies.push(copy);
  return copy;
}

/** Runs `work`, then closes every copy it opened, whatever happened. */
export function runCopies<T>(copies: SqlLedger[], work: () => T): T {
  try {
    return work();
  } finally {
    for (const copy of copies.splice(0)) {
      copy.close();
    }
  }
}

/** `runCopies` for async work: the copies are closed when it settles. */
async function runCopiesAsync<T>(
  copies: SqlLedger[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } finally {
    for (const copy of copies.splice(0)) {
      copy.close();
    }
  }
}

/** A fresh writable copy of the open ledger: its exported bytes reopened. */
function openCopy(source: ProfileSource, bytes: Uint8Array): SqlLedger {
  const copy = openLedgerFile(source.SQL, bytes, { name: source.summary.name });
  if (!copy.ok) {
    throw copy.error;
  }
  return copy.value;
}

interface ProgressReporter {
  tick(): void;
  finish(): void;
}

/** Per strategy: ticks done of ticks × reps, and the time left at the pace so far. */
function progressReporter(
  strategy: string,
  params: ProfileParams,
  ctx: TaskContext,
  clock: Clock,
): ProgressReporter {
  const total = params.ticks * params.reps;
  const started = clock.now();
  let done = 0;
  const send = (etaMs: number | null) =>
    ctx.progress({ phase: 'profiling', done, total, strategy, etaMs });
  send(null);
  return {
    tick() {
      done += 1;
      const elapsed = clock.now() - started;
      send(done === 0 ? null : (elapsed / done) * (total - done));
    },
    finish() {
      done = total;
      send(0);
    },
  };
}

function environmentOf(host: ProfileHost): RunEnvironment {
  return {
    source: 'browser',
    tickscopeVersion: host.tickscopeVersion,
    runtime: 'tickscope-runtime',
    runtimeLabel: 'tickscope-runtime',
    platform: host.platform,
    timerResolutionMs: timerResolution(host.clock),
    cores: host.cores,
  };
}

/** The smallest step the clock takes, from a few observed steps (0 if it never moved). */
export function timerResolution(clock: Clock): number {
  let smallest = Infinity;
  let last = clock.now();
  for (let seen = 0, spins = 0; seen < 5 && spins < 1_000_000; spins += 1) {
    const now = clock.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
      seen += 1;
    }
  }
  return Number.isFinite(smallest) ? Math.round(smallest * 1e6) / 1e6 : 0;
}
