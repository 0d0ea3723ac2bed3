import { num, obj } from '../../json/py-value';
import { textOf, enter, lastTickId, type TickEnv, type TickFacts } from '../context';
import type { EventsView } from '../derive/ledger-index';
import { ARMS } from '../constants';

/**
 * P0: `_snapshot_for_tick()` — one read, the identity fold, the self-model,
 * IAS/GAS and the raw stage bucket (no hysteresis); tick number, last tick
 * id and the pending forced-reflection reason. Applies the zero-metrics
 * fallback. Then P1d's guidance tail read for the bandit's arm means.
 */
export function takeSnapshot(env: TickEnv): TickFacts {
  enter(env, 'take-snapshot');
  const { access, state } = env;
  const view = access.read('_get_snapshot');
  access.projection('_get_snapshot:build_identity', view);
  const model = access.projection('_get_snapshot:build_self_model', view);
  const persona = model.name;
  const traits = { ...model.traits };
  const openCids = [...model.open.keys()];
  let { ias, gas } = access.metrics('_get_snapshot:compute_ias_gas', view).value();
  const { stage, snapshot } = access.stage('_get_snapshot:infer_stage', view).value();
  if (
    ias <= 1e-6 &&
    gas <= 1e-6 &&
    snapshot.count > 0 &&
    Math.max(snapshot.iasMean, snapshot.gasMean) >= 0.05
  ) {
    ias = snapshot.iasMean;
    gas = snapshot.gasMean;
  }
  const forceReason = state.forceReasonNextTick;
  state.forceReasonNextTick = null;
  const tickNo = 1 + view.tickCount;
  const base = { view, tickNo, lastAutoId: lastTickId(view), persona, ias, gas, stage };
  return {
    ...base,
    stageSnapshot: snapshot,
    forceReason,
    traits,
    openCids,
    armMeans: new Map(),
  };
}

/** P1d: `_build_reflection_guidance(last 5000)`: mean reward per arm in the window. */
export function readArmMeans(env: TickEnv): Map<string, number> {
  const tail = env.access.readTail('_build_reflection_guidance', 5000);
  return armMeansOf(tail, tail.tailStartId(5000));
}

export function armMeansOf(view: EventsView, fromId: number): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const e of view.ofKindAfter('bandit_reward', fromId - 1)) {
    const arm = textOf(e.meta.arm);
    const s = sums.get(arm) ?? [0, 0];
    sums.set(arm, [s[0] + (num(e.meta.reward) ?? 0), s[1] + 1]);
  }
  const means = new Map<string, number>();
  for (const arm of ARMS) {
    const s = sums.get(arm);
    if (s !== undefined) {
      means.set(arm, s[0] / s[1]);
    }
  }
  return means;
}

/** The biased argmax of arm means (bias always 0, quirk Q7), else `fallback`. */
export function chooseArm(means: ReadonlyMap<string, number>, fallback: string): string {
  let best: string | null = null;
  for (const [arm, mean] of means) {
    if (best === null || mean > (means.get(best) ?? 0)) {
      best = arm;
    }
  }
  return best ?? fallback;
}

/** `telemetry.GAS` of the last autonomy_tick, 0 when none. */
export function lastTickGas(view: EventsView): number {
  const t = view.lastOfKind('autonomy_tick');
  return num(obj(t?.meta.telemetry)?.GAS) ?? 0;
}
