import { CAPABILITIES, POLICY_HINTS_BY_STAGE } from '../constants';
import { append, enter, f, type TickEnv, type TickFacts } from '../context';
import { withHysteresis } from '../derive/stage';

/**
 * P2d: on a hysteresis-confirmed change of the raw bucket, the stage family
 * and the stage's policy hints [#9] (idempotent per component and stage over
 * all history); `stage_progress` on every tick.
 */
export function trackStage(env: TickEnv, t: TickFacts): void {
  enter(env, 'track-stage');
  const last = t.view.lastOfKind('stage_update');
  const prev = last === undefined ? null : (last.meta.to as string | null);
  if (withHysteresis(prev, t.stage, t.stageSnapshot)) {
    transition(env, t, prev);
  }
  append(env, 'stage_progress', '', {
    stage: t.stage,
    IAS: f(t.ias),
    GAS: f(t.gas),
    commitment_count: t.view.countOfKind('commitment_open'),
    reflection_count: t.view.countOfKind('reflection'),
  });
}

function transition(env: TickEnv, t: TickFacts, prev: string | null): void {
  const s = t.stageSnapshot;
  const snapshot = {
    IAS_mean: f(s.iasMean),
    GAS_mean: f(s.gasMean),
    count: s.count,
    window: s.window,
  };
  const meta = { from: prev, to: t.stage, snapshot, reason: 'hysteresis' };
  append(env, 'stage_update', '', meta);
  append(env, 'stage_transition', '', meta);
  const capability = CAPABILITIES[t.stage];
  if (capability !== undefined) {
    append(env, 'stage_capability_unlocked', '', { stage: t.stage, capability });
  }
  append(env, 'stage_reflection', `Entered stage ${t.stage}.`, { stage: t.stage });
  const v9 = env.access.read('tick#9');
  const [arm, budget] = POLICY_HINTS_BY_STAGE[t.stage];
  const hints = [
    ['reflection_style', { arm }],
    ['recall', { budget }],
  ] as const;
  for (const [component, params] of hints) {
    const seen = v9
      .ofKind('policy_update')
      .some((e) => e.meta.component === component && e.meta.stage === t.stage);
    if (!seen) {
      append(env, 'policy_update', '', {
        component,
        params,
        stage: t.stage,
        tick: t.tickNo,
      });
    }
  }
}
