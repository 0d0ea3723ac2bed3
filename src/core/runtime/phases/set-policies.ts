import { canonicalJson } from '../../json/py-json-dump';
import type { PyObject } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { CADENCE_BY_STAGE, DRIFT_MULT_BY_STAGE } from '../constants';
import { textOf, append, enter, f, type TickEnv, type TickFacts } from '../context';

/**
 * P1a/P1b: the cadence and drift policies of the raw stage bucket, appended
 * when no equal `policy_update` exists anywhere in history and the loop's
 * in-memory copy differs.
 */
export function setPolicies(env: TickEnv, t: TickFacts): void {
  enter(env, 'set-policies');
  const [minTurns, minTime, force] = CADENCE_BY_STAGE[t.stage];
  const cadence = {
    min_turns: minTurns,
    min_time_s: minTime,
    force_reflect_if_stuck: force,
  };
  const [o, c, n] = DRIFT_MULT_BY_STAGE[t.stage];
  const drift = { mult: { openness: f(o), conscientiousness: f(c), neuroticism: f(n) } };
  const key1 = ensurePolicy(
    env,
    t,
    'reflection',
    cadence,
    env.state.lastReflectionPolicy,
  );
  env.state.lastReflectionPolicy = key1;
  const key2 = ensurePolicy(env, t, 'drift', drift, env.state.lastDriftPolicy);
  env.state.lastDriftPolicy = key2;
}

function ensurePolicy(
  env: TickEnv,
  t: TickFacts,
  component: string,
  params: PyObject,
  remembered: string | null,
): string {
  const key = `${t.stage}:${canonicalJson(params)}`;
  // The in-memory check first: once the loop remembers the policy, the
  // history scan's answer cannot change the outcome (PMM ANDs the two).
  const same = (e: LedgerEvent) =>
    e.meta.component === component &&
    `${textOf(e.meta.stage)}:${canonicalJson(e.meta.params ?? null)}` === key;
  if (remembered !== key && !t.view.someOfKind('policy_update', same)) {
    append(env, 'policy_update', '', {
      component,
      stage: t.stage,
      params,
      tick: t.tickNo,
    });
  }
  return key;
}
