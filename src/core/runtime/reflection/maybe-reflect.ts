import {
  textOf,
  append,
  lastTickId,
  type ReflectOutcome,
  type TickEnv,
  type TickFacts,
} from '../context';
import { chooseArm } from '../phases/take-snapshot';
import { emitReflection } from './emit-reflection';

export interface MaybeOptions {
  readonly openAutonomyTick?: number;
}

/**
 * `maybe_reflect` (reference §12.2) with novelty 1.0, so the cooldown's
 * turn and time gates are always bypassed (quirk Q5, kept): M1 reads the
 * policy, the reflection is emitted, M4 picks the arm, M5 appends
 * `bandit_arm_chosen` unless one exists since the last tick. M2 and M3 are
 * error/DEBUG fallbacks and never run.
 */
export function maybeReflect(
  env: TickEnv,
  t: TickFacts,
  o: MaybeOptions,
): ReflectOutcome {
  env.access.read('maybe_reflect#M1');
  const rid = emitReflection(env, t, { forced: false, forceOpenCommitment: false, ...o });
  if (rid === null) {
    return { did: false, reason: 'rejected' };
  }
  const v4 = env.access.read('maybe_reflect#M4');
  const template =
    textOf(v4.lastOfKind('reflection')?.meta.prompt_template) || 'succinct';
  const arm = chooseArm(t.armMeans, template);
  const v5 = env.access.read('maybe_reflect#M5');
  if (v5.ofKindAfter('bandit_arm_chosen', lastTickId(v5)).length === 0) {
    append(env, 'bandit_arm_chosen', '', { arm, tick: 1 + v5.tickCount });
  }
  return { did: true, reason: 'ok' };
}
