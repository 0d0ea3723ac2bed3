import { num, obj, type PyObject } from '../../json/py-value';
import { EVALUATOR_EVERY_TICKS } from '../constants';
import { append, enter, f, type TickEnv, type TickFacts } from '../context';

/**
 * S4A (every 5th tick): `read_tail(400)`, one `evaluation_report` and
 * `evaluation_summary` per tick, and a curriculum proposal when none is in
 * the last 200 events, reading the last cooldown threshold [#14].
 */
export function evaluate(env: TickEnv, t: TickFacts): void {
  if (t.tickNo % EVALUATOR_EVERY_TICKS !== 0) {
    return;
  }
  enter(env, 'evaluate');
  const tail = env.access.readTail('evaluator.read_tail', 400);
  const from = tail.tailStartId(400) - 1;
  const done = tail
    .ofKindAfter('evaluation_report', from)
    .some((e) => e.meta.tick === t.tickNo);
  if (!done) {
    const rewards = tail.ofKindAfter('bandit_reward', from).length;
    append(env, 'evaluation_report', '', {
      component: 'performance',
      metrics: { rewards, window: 200 },
      tick: t.tickNo,
    });
    append(env, 'evaluation_summary', `Evaluation at tick ${t.tickNo}.`, {
      tick: t.tickNo,
    });
  }
  const recent =
    tail.ofKindAfter('curriculum_update', tail.tailStartId(200) - 1).length > 0;
  if (!recent) {
    proposeCurriculum(env, t);
  }
}

function proposeCurriculum(env: TickEnv, t: TickFacts): void {
  const v = env.access.read('tick#14');
  const last = v.lastOfKindWhere('policy_update', (e) => e.meta.component === 'cooldown');
  const current = num(obj(last?.meta.params)?.novelty_threshold) ?? 0.5;
  const next = Math.min(1, Math.max(0, Math.round((current + 0.05) * 1e6) / 1e6));
  const proposed = { component: 'cooldown', params: { novelty_threshold: f(next) } };
  append(env, 'curriculum_update', '', { proposed, reason: 'bootstrap', tick: t.tickNo });
}

/** S4D: bridge the last proposal of the last 500 events into one `policy_update` [#15]. */
export function bridgeCurriculum(env: TickEnv, t: TickFacts): void {
  enter(env, 'bridge-curriculum');
  const tail = env.access.readTail('bridge.read_tail', 500);
  const proposal = tail
    .ofKindAfter('curriculum_update', tail.tailStartId(500) - 1)
    .at(-1);
  if (proposal === undefined) {
    return;
  }
  const followed = tail
    .ofKindAfter('policy_update', proposal.id)
    .some((e) => e.meta.src_id === proposal.id);
  if (followed) {
    return;
  }
  const v = env.access.read('tick#15');
  if (!v.someOfKind('policy_update', (e) => e.meta.src_id === proposal.id)) {
    const p = obj(proposal.meta.proposed) ?? {};
    const meta: PyObject = {
      component: p.component ?? null,
      params: p.params ?? {},
      stage: t.stage,
      tick: t.tickNo,
      src_id: proposal.id,
    };
    append(env, 'policy_update', '', meta);
  }
}

/** S4E: one combined `ratchet` trait_update when ≥ 3 reflections and ≥ 5 ticks passed. */
export function ratchetTraits(env: TickEnv, t: TickFacts): void {
  enter(env, 'ratchet-traits');
  const tail = env.access.readTail('ratchet.read_tail', 1000);
  const from = tail.tailStartId(1000) - 1;
  const updates = tail.ofKindAfter('trait_update', from);
  const lastRatchet =
    updates.filter((e) => e.meta.reason === 'ratchet').at(-1)?.id ?? from;
  const lastTick = num(updates.at(-1)?.meta.tick) ?? 0;
  if (
    tail.ofKindAfter('reflection', lastRatchet).length >= 3 &&
    t.tickNo - lastTick >= 5
  ) {
    const delta = { openness: f(0.01), conscientiousness: f(0.01) };
    append(env, 'trait_update', '', {
      trait: '',
      delta,
      reason: 'ratchet',
      tick: t.tickNo,
    });
  }
}
