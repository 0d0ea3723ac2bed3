import { num, obj, type PyValue } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';

export type Stage = 'S0' | 'S1' | 'S2' | 'S3' | 'S4';
export const STAGES: readonly Stage[] = ['S0', 'S1', 'S2', 'S3', 'S4'];

/** `infer_stage`'s snapshot: the means of the telemetry window. */
export interface StageSnapshot {
  readonly iasMean: number;
  readonly gasMean: number;
  readonly count: number;
  readonly window: number;
}

export interface StageView {
  value(): { readonly stage: Stage; readonly snapshot: StageSnapshot };
  readonly folded: number;
}

const WINDOW = 10;

/**
 * `infer_stage` (reference §15) as a forward fold: it keeps the telemetry of
 * the last 10 autonomy_ticks that carry both IAS and GAS, and of the last 10
 * reflections to top the window up. The stage is a box bucket of the means.
 *
 * @example StageFold.over(events).value().stage
 */
export class StageFold implements StageView {
  private readonly ticks: (readonly [number, number])[] = [];
  private readonly reflections: (readonly [number, number])[] = [];
  folded = 0;

  static over(events: readonly LedgerEvent[]): StageFold {
    const fold = new StageFold();
    for (const e of events) {
      fold.apply(e);
    }
    return fold;
  }

  apply(e: LedgerEvent): void {
    this.folded++;
    if (e.kind !== 'autonomy_tick' && e.kind !== 'reflection') {
      return;
    }
    const pair = telemetryOf(e.meta.telemetry);
    if (pair !== undefined) {
      pushBounded(e.kind === 'autonomy_tick' ? this.ticks : this.reflections, pair);
    }
  }

  value(): { stage: Stage; snapshot: StageSnapshot } {
    const window = [...this.ticks];
    const topUp = WINDOW - window.length;
    if (topUp > 0) {
      window.push(...this.reflections.slice(-topUp));
    }
    return bucketOf(window);
  }
}

function bucketOf(window: readonly (readonly [number, number])[]) {
  const count = window.length;
  if (count === 0) {
    return {
      stage: 'S0' as Stage,
      snapshot: { iasMean: 0, gasMean: 0, count, window: WINDOW },
    };
  }
  const iasMean = window.reduce((s, p) => s + p[0], 0) / count;
  const gasMean = window.reduce((s, p) => s + p[1], 0) / count;
  return {
    stage: stageOf(iasMean, gasMean),
    snapshot: { iasMean, gasMean, count, window: WINDOW },
  };
}

function telemetryOf(value: PyValue | undefined): readonly [number, number] | undefined {
  const t = obj(value);
  const ias = num(t?.IAS);
  const gas = num(t?.GAS);
  return ias === undefined || gas === undefined ? undefined : [ias, gas];
}

function pushBounded<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > WINDOW) {
    list.shift();
  }
}

/** Lower bounds (IAS, GAS) of each stage above S0. */
const LOWER: Readonly<Record<Stage, readonly [number, number]>> = {
  S0: [0, 0],
  S1: [0.35, 0.2],
  S2: [0.5, 0.35],
  S3: [0.7, 0.55],
  S4: [0.85, 0.75],
};

/** The box bucket (quirk Q11, kept): high IAS with mid GAS is S0. */
export function stageOf(ias: number, gas: number): Stage {
  if (ias >= 0.85 && gas >= 0.75) {
    return 'S4';
  }
  const boxes: readonly Stage[] = ['S3', 'S2', 'S1'];
  const upper: Readonly<Record<string, readonly [number, number]>> = {
    S3: [0.85, 0.75],
    S2: [0.7, 0.55],
    S1: [0.5, 0.35],
  };
  for (const s of boxes) {
    const [li, lg] = LOWER[s];
    const [ui, ug] = upper[s] as readonly [number, number];
    if (ias >= li && ias < ui && gas >= lg && gas < ug) {
      return s;
    }
  }
  return 'S0';
}

/**
 * `with_hysteresis(prev, next, snapshot)` (§15): whether a stage change is
 * confirmed. Up needs both means 0.03 above the new stage's bounds; down
 * needs either mean 0.03 below the old stage's bounds.
 *
 * @example withHysteresis(null, 'S0', { count: 3, ... }) === true
 */
export function withHysteresis(
  prev: string | null,
  next: Stage,
  snap: StageSnapshot,
): boolean {
  if (snap.count < 3) {
    return false;
  }
  if (prev === null) {
    return true;
  }
  if (prev === next) {
    return false;
  }
  if (!STAGES.includes(prev as Stage)) {
    return true;
  }
  const up = STAGES.indexOf(next) > STAGES.indexOf(prev as Stage);
  if (up) {
    const [li, lg] = LOWER[next];
    return snap.iasMean >= li + 0.03 && snap.gasMean >= lg + 0.03;
  }
  const [pi, pg] = prev === 'S0' ? [0.35, 0.2] : LOWER[prev as Stage];
  return snap.iasMean < pi - 0.03 || snap.gasMean < pg - 0.03;
}
