import { parseLedgerTs } from '../../ledger/ts-format';
import { ARMS } from '../constants';
import {
  append,
  enter,
  f,
  lastTickId,
  type ReflectOutcome,
  type TickEnv,
  type TickFacts,
} from '../context';
import { emitReflection } from '../reflection/emit-reflection';
import { maybeReflect } from '../reflection/maybe-reflect';
import { chooseArm, lastTickGas } from './take-snapshot';

/**
 * P2: the cadence gate over the tick-start events (≥ 2 responses since the
 * last reflection and ≥ 10 s, or GAS up ≥ 0.05 on the last tick), then a
 * forced or a normal reflection, else `reflection_skipped`. Then [#1]: the
 * tick's bandit arm unless one was chosen since the last tick.
 */
export function reflect(env: TickEnv, t: TickFacts): ReflectOutcome {
  enter(env, 'reflect');
  const outcome = cadencePasses(env, t) ? reflectNow(env, t) : skip(env);
  const v1 = env.access.read('tick#1');
  if (v1.ofKindAfter('bandit_arm_chosen', lastTickId(v1)).length === 0) {
    appendGuidanceBias(env);
    const arm = chooseArm(t.armMeans, 'succinct');
    append(env, 'bandit_arm_chosen', '', { arm, tick: 1 + v1.tickCount });
  }
  return outcome;
}

function cadencePasses(env: TickEnv, t: TickFacts): boolean {
  const last = t.view.lastOfKind('reflection');
  const turns = t.view.ofKindAfter('response', last?.id ?? 0).length;
  const seconds =
    last === undefined ? Infinity : env.clock.nowSeconds() - secondsOf(last.ts);
  return (turns >= 2 && seconds >= 10) || t.gas - lastTickGas(t.view) >= 0.05;
}

function secondsOf(ts: string): number {
  return Number(parseLedgerTs(ts)) / 1e6;
}

function reflectNow(env: TickEnv, t: TickFacts): ReflectOutcome {
  appendGuidanceBias(env);
  if (t.forceReason === null) {
    return maybeReflect(env, t, {});
  }
  emitReflection(env, t, {
    forced: true,
    forcedReason: t.forceReason,
    forceOpenCommitment: true,
  });
  append(env, 'name_attempt_user', '', {
    forced_reflection: { reason: t.forceReason, tick: t.tickNo },
  });
  return { did: true, reason: t.forceReason };
}

function skip(env: TickEnv): ReflectOutcome {
  append(env, 'reflection_skipped', '', { reason: 'due_to_cadence' });
  return { did: false, reason: 'cadence' };
}

/** The bias deltas are always zero: `_apply_guidance_bias` fails (quirk Q7, kept). */
function appendGuidanceBias(env: TickEnv): void {
  const delta = Object.fromEntries(ARMS.map((a) => [a, f(0)]));
  append(env, 'bandit_guidance_bias', '', { delta, items: [] });
}
