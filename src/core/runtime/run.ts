import { TickRecorder, type TickReads } from '../instrument/recorder';
import type { Clock } from '../instrument/types';
import { parseLedgerTs } from '../ledger/ts-format';
import type { LedgerStore } from '../ledger/types';
import { schemeOfTs } from '../ledger/verify/scheme-detect';
import { err, ok, type Result } from '../result';
import { createStrategy } from '../strategies/registry';
import type { ReadStrategy, StrategyId } from '../strategies/types';
import { freshLoopState, type TickEnv } from './context';
import { construct } from './construct';
import { SeededRng } from './rng';
import { injectTurn, type Scenario } from './scenario';
import { runTick } from './tick';
import { VirtualClock } from './virtual-clock';

/** One tick's reads and derivations plus what it appended. Tick 0 is construction. */
export interface TickRecord extends TickReads {
  readonly appended: number;
  readonly eventsAfter: number;
  readonly headHash: string | null;
}

export interface StrategyRun {
  readonly strategy: StrategyId;
  readonly label: string;
  /** True for `stale`: a deliberately wrong strategy. */
  readonly wrong: boolean;
  readonly eventsBefore: number;
  readonly eventsAfter: number;
  readonly headHash: string | null;
  readonly ticks: readonly TickRecord[];
}

export interface RunInput {
  /** The ledger to continue: pass a copy, it is appended to. */
  readonly store: LedgerStore;
  readonly file: string;
  readonly strategy: StrategyId;
  readonly scenario: Scenario;
  /** Times reads, derivations and phases (callers pass a high-resolution timer; the core reads none). */
  readonly clock: Clock;
  /** Read-log ring capacity per tick (default 65,536 entries). */
  readonly logCapacity?: number;
  readonly onTick?: (record: TickRecord) => void;
}

/** Why the runtime refuses a ledger. */
export interface RuntimeRefusal {
  readonly code: 'v2-ledger' | 'unknown-era';
  readonly file: string;
  readonly message: string;
}

/**
 * Continues a v1 ledger with `scenario.ticks` ticks of the runtime under
 * one strategy: construction (tick 0), then per tick the scenario's user
 * turn and `runTick`. Returns per-tick records with every read-log entry.
 * A v2 ledger is refused: the v1 tick does not apply to it.
 *
 * @example runStrategy({ store, file: 'a.db', strategy: 'incremental', scenario, clock })
 */
export function runStrategy(input: RunInput): Result<StrategyRun, RuntimeRefusal> {
  const started = startStrategyRun(input);
  if (!started.ok) {
    return started;
  }
  const stepper = started.value;
  while (!stepper.done) {
    stepper.step();
  }
  return ok(stepper.finish());
}

/**
 * A run taken one tick at a time, so a caller can yield (and honour a
 * cancel) between ticks (#6). Stepping to the end gives exactly what
 * `runStrategy` gives.
 */
export interface StrategyStepper {
  /** True once every scenario tick has run. */
  readonly done: boolean;
  /** Runs the next scenario tick and returns its record. */
  step(): TickRecord;
  /** The whole run; call once `done`. */
  finish(): StrategyRun;
}

/**
 * Refuses a v2 ledger, else runs construction (tick 0) and returns a stepper.
 *
 * @example const s = startStrategyRun(input); while (s.ok && !s.value.done) s.value.step();
 */
export function startStrategyRun(
  input: RunInput,
): Result<StrategyStepper, RuntimeRefusal> {
  const last = input.store.readTail(1)[0];
  const refusal = refuse(input.file, last?.ts);
  if (refusal !== null) {
    return err(refusal);
  }
  const run = newRun(input, last?.ts);
  const eventsBefore = input.store.count();
  const ticks: TickRecord[] = [stepTick(run, input, 0, () => construct(run.env))];
  return ok({
    get done() {
      return ticks.length > input.scenario.ticks;
    },
    step: () => {
      const record = stepTick(
        run,
        input,
        ticks.length,
        scenarioTick(run.env, input, ticks.length),
      );
      ticks.push(record);
      return record;
    },
    finish: () => finishRun(run, input, eventsBefore, ticks),
  });
}

/** Tick `k`'s body: the scenario's user turn (if due), then the runtime's tick. */
function scenarioTick(env: TickEnv, input: RunInput, k: number): () => void {
  return () => {
    injectTurn(env, input.scenario, k - 1, env.rng);
    runTick(env);
  };
}

function finishRun(
  run: Run,
  input: RunInput,
  eventsBefore: number,
  ticks: readonly TickRecord[],
): StrategyRun {
  return {
    strategy: run.access.id,
    label: run.access.label,
    wrong: run.access.wrong,
    eventsBefore,
    eventsAfter: input.store.count(),
    headHash: head(input.store),
    ticks,
  };
}

interface Run {
  readonly env: TickEnv;
  readonly access: ReadStrategy;
  readonly vclock: VirtualClock;
  readonly recorder: TickRecorder;
}

/** The clock, recorder, strategy and loop state of one run. */
function newRun(input: RunInput, lastTs: string | undefined): Run {
  const s = input.scenario;
  const start =
    (lastTs === undefined ? EMPTY_START : parseLedgerTs(lastTs)) + micros(s.tickSeconds);
  const vclock = new VirtualClock('v1', start, s.tickSeconds);
  const recorder = new TickRecorder(input.clock, input.logCapacity ?? 65_536);
  const nextTs = () => vclock.nextTs();
  const deps = {
    store: input.store,
    era: 'v1' as const,
    file: input.file,
    recorder,
    nextTs,
  };
  const access = createStrategy(input.strategy, deps);
  const rng = new SeededRng(s.seed);
  const env: TickEnv = { access, recorder, state: freshLoopState(), clock: vclock, rng };
  return { env, access, vclock, recorder };
}

/** Runs tick `k` (0 = construction) and closes its record. */
function stepTick(run: Run, input: RunInput, k: number, body: () => void): TickRecord {
  const store = input.store;
  const before = store.count();
  run.vclock.beginTick(k);
  run.recorder.beginTick(k);
  run.access.beginTick();
  body();
  run.access.endTick();
  const after = store.count();
  const rec = {
    ...run.recorder.endTick(),
    appended: after - before,
    eventsAfter: after,
    headHash: head(store),
  };
  input.onTick?.(rec);
  return rec;
}

// 2025-09-08T00:00:00Z, the first day of the v1 era, for an empty ledger.
const EMPTY_START = 1757289600n * 1_000_000n;

function micros(seconds: number): bigint {
  return BigInt(Math.round(seconds * 1e6));
}

function head(store: LedgerStore): string | null {
  return store.readTail(1)[0]?.hash ?? null;
}

function refuse(file: string, ts: string | undefined): RuntimeRefusal | null {
  if (ts === undefined) {
    return null;
  }
  const scheme = schemeOfTs(ts);
  if (scheme === 'v2_no_ts') {
    const message = `${file}: a v2 ledger (ts ends in Z); the v1 autonomy tick does not apply to it`;
    return { code: 'v2-ledger', file, message };
  }
  return scheme === null
    ? { code: 'unknown-era', file, message: `${file}: ts ${ts} is neither v1 nor v2` }
    : null;
}
