import type { Recorder } from '../instrument/recorder';
import { num, pyFloat, type PyObject, type PyValue } from '../json/py-value';
import type { LedgerEvent } from '../ledger/types';
import type { LedgerAccess } from '../strategies/types';
import type { EventsView } from './derive/ledger-index';
import type { TraitName } from './derive/projection';
import type { Stage, StageSnapshot } from './derive/stage';
import type { SeededRng } from './rng';
import type { VirtualClock } from './virtual-clock';

/** The loop's in-memory fields (reference §9.1), explicit per run. */
export interface LoopState {
  forceReasonNextTick: string | null;
  readonly pendingFollowups: Set<string>;
  nextReevalTick: number | null;
  identityLastName: string | null;
  lastSnapshotName: string | null;
  identityLastAdoptTick: number | null;
  lastReflectionPolicy: string | null;
  lastDriftPolicy: string | null;
  cooldownThreshold: number;
  /** PMM creates the tracker lazily in TTL sweep #2 (quirk Q8). */
  trackerCreated: boolean;
}

export function freshLoopState(): LoopState {
  return {
    forceReasonNextTick: null,
    pendingFollowups: new Set(),
    nextReevalTick: null,
    identityLastName: null,
    lastSnapshotName: null,
    identityLastAdoptTick: null,
    lastReflectionPolicy: null,
    lastDriftPolicy: null,
    cooldownThreshold: 0.2,
    trackerCreated: false,
  };
}

/** What the runtime is given: a strategy's access, the recorder, state, time, ids. */
export interface TickEnv {
  readonly access: LedgerAccess;
  readonly recorder: Recorder;
  readonly state: LoopState;
  readonly clock: VirtualClock;
  readonly rng: SeededRng;
}

/** The tick-start snapshot (P0) every later phase may consult. */
export interface TickFacts {
  readonly view: EventsView;
  readonly tickNo: number;
  readonly lastAutoId: number;
  readonly persona: string | null;
  readonly ias: number;
  readonly gas: number;
  readonly stage: Stage;
  readonly stageSnapshot: StageSnapshot;
  readonly forceReason: string | null;
  readonly traits: Readonly<Record<TraitName, number>>;
  readonly openCids: readonly string[];
  readonly armMeans: ReadonlyMap<string, number>;
}

/** The tick's reflection outcome, as the heartbeat records it. */
export interface ReflectOutcome {
  readonly did: boolean;
  readonly reason: string;
}

export function enter(env: TickEnv, phase: string): void {
  env.recorder.enterPhase(phase);
}

export function append(
  env: TickEnv,
  kind: string,
  content: string,
  meta: PyObject,
): LedgerEvent {
  return env.access.append(kind, content, meta);
}

/** A Python float for meta: `f(0)` dumps as `0.0`. */
export function f(x: number): PyValue {
  return pyFloat(x);
}

/** Python's `round(x, n)` for the values the runtime rounds (ties may differ). */
export function roundTo(x: number, digits: number): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}

/** The id of the last autonomy_tick in a view, 0 when none. */
export function lastTickId(view: EventsView): number {
  return view.lastOfKind('autonomy_tick')?.id ?? 0;
}

/** A meta value as text: strings as they are, numbers in decimal, else ''. */
export function textOf(value: PyValue | undefined): string {
  if (typeof value === 'string') {
    return value;
  }
  const n = num(value);
  return n === undefined ? '' : String(n);
}
