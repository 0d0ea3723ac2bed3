import { num, type PyObject } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { append, enter, f, roundTo, type TickEnv, type TickFacts } from '../context';
import type { TraitName } from '../derive/projection';

/**
 * P2b: a deterministic `SelfEvolution.apply_policies`: an adaptive cooldown
 * when the last 20 events open commitments without closing any, and a
 * conscientiousness target every 10th tick once 3 reflections exist. The
 * cooldown handling runs twice (quirk Q18, kept); trait targets use [#6],
 * one [#7] check per trait and the evolution gate [#8].
 */
export function evolve(env: TickEnv, t: TickFacts): void {
  enter(env, 'evolve');
  const changes = policyChanges(t);
  if (Object.keys(changes).length === 0) {
    return;
  }
  const threshold = num(changes['cooldown.novelty_threshold']);
  for (let i = 0; i < 2; i++) {
    if (threshold !== undefined) {
      env.state.cooldownThreshold = threshold;
      appendCooldownPolicy(env, t, threshold);
    }
  }
  const traits = Object.keys(changes).filter((k) => k.startsWith('traits.'));
  if (traits.length > 0 && t.view.countOfKind('reflection') >= 3) {
    applyTraitTargets(env, t, changes, traits);
  }
  evolutionGate(env, t, changes);
}

function policyChanges(t: TickFacts): PyObject {
  const last20 = t.view.tail(20);
  const opens = last20.some((e) => e.kind === 'commitment_open');
  const closes = last20.some((e) => e.kind === 'commitment_close');
  const changes: PyObject = {};
  if (opens && !closes) {
    changes['cooldown.novelty_threshold'] = f(0.45);
  }
  if (t.tickNo % 10 === 0) {
    changes['traits.conscientiousness'] = f(0.55);
  }
  return changes;
}

/** `_append_policy_update(cooldown)`: dedups against the last one with its own read. */
function appendCooldownPolicy(env: TickEnv, t: TickFacts, threshold: number): void {
  const view = env.access.read('_append_policy_update');
  const last = view.lastOfKindWhere(
    'policy_update',
    (e) => e.meta.component === 'cooldown',
  );
  const params = last?.meta.params as PyObject | undefined;
  if (num(params?.novelty_threshold) !== threshold) {
    const meta = {
      component: 'cooldown',
      params: { novelty_threshold: f(threshold) },
      stage: t.stage,
      tick: t.tickNo,
    };
    append(env, 'policy_update', '', meta);
  }
}

function applyTraitTargets(
  env: TickEnv,
  t: TickFacts,
  changes: PyObject,
  keys: string[],
) {
  const v6 = env.access.read('tick#6');
  const current = { ...env.access.projection('tick#6:build_identity', v6).traits };
  for (const key of keys) {
    const trait = key.slice('traits.'.length) as TraitName;
    const delta = roundTo((num(changes[key]) ?? 0) - (current[trait] ?? 0.5), 3);
    const v7 = env.access.read('tick#7');
    const sameTick = (e: LedgerEvent) =>
      e.meta.trait === trait && e.meta.tick === t.tickNo;
    const dup = v7.someOfKind('trait_update', sameTick);
    if (!dup && delta !== 0) {
      append(env, 'trait_update', '', {
        trait,
        delta: f(delta),
        reason: 'self_evolution',
        tick: t.tickNo,
      });
    }
  }
}

function evolutionGate(env: TickEnv, t: TickFacts, changes: PyObject): void {
  const v8 = env.access.read('tick#8');
  const since = v8.lastOfKind('evolution')?.id ?? 0;
  if (v8.ofKindAfter('reflection', since).length >= 3) {
    append(env, 'evolution', '', { changes, details: {}, tick: t.tickNo });
  }
}
