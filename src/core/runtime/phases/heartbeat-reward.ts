import { num } from '../../json/py-value';
import {
  textOf,
  append,
  enter,
  f,
  type ReflectOutcome,
  type TickEnv,
  type TickFacts,
} from '../context';
import { ARMS } from '../constants';
import type { EventsView } from '../derive/ledger-index';

/** P4: the `autonomy_tick` heartbeat with the tick-start telemetry. */
export function beat(env: TickEnv, t: TickFacts, r: ReflectOutcome): void {
  enter(env, 'beat');
  append(env, 'autonomy_tick', 'autonomy heartbeat', {
    telemetry: { IAS: f(t.ias), GAS: f(t.gas) },
    reflect: { did: r.did, reason: r.reason },
    source: 'AutonomyLoop',
  });
}

/**
 * P4a: `maybe_log_reward(horizon=3)`: the oldest arm choice not yet matched
 * by a reward (per-arm counts); after 3 ticks, reward = 0.5·max(0, IAS(t+3)
 * − IAS(t)) + 0.5·closes/max(1, opens) over the window, IAS(t) from two
 * more metric passes. `tick` is counted after the heartbeat.
 */
export function rewardBandit(env: TickEnv): void {
  enter(env, 'reward-bandit');
  const v = env.access.read('maybe_log_reward');
  const chosen = oldestUnmatched(v);
  const tickNow = v.tickCount + 1;
  const tickChosen = num(chosen?.meta.tick) ?? tickNow;
  if (chosen === undefined || tickNow - tickChosen < 3) {
    return;
  }
  const before =
    env.access.metrics('_ias_at_tick:compute_ias_gas', v).iasAtTick(tickChosen - 1) ?? 0;
  const after =
    env.access.metrics('_ias_at_tick:compute_ias_gas', v).iasAtTick(tickChosen + 2) ??
    before;
  const from = v.tickId(tickChosen - 1) ?? 0;
  const opens = v.ofKindAfter('commitment_open', from).length;
  const closes = v.ofKindAfter('commitment_close', from).length;
  const reward = Math.min(
    1,
    Math.max(0, 0.5 * Math.max(0, after - before) + (0.5 * closes) / Math.max(1, opens)),
  );
  append(env, 'bandit_reward', '', {
    arm: textOf(chosen.meta.arm),
    reward: f(reward),
    tick: tickNow,
  });
}

/**
 * The oldest `bandit_arm_chosen` whose arm has fewer rewards than choices up
 * to it: per arm, the (rewards + 1)-th choice; the earliest of those.
 */
function oldestUnmatched(v: EventsView) {
  let oldest: ReturnType<EventsView['lastOfKind']>;
  for (const arm of ARMS) {
    const rewarded = v.countOfArm('bandit_reward', arm);
    const next = v.nthOfArm('bandit_arm_chosen', arm, rewarded);
    if (next !== undefined && (oldest === undefined || next.id < oldest.id)) {
      oldest = next;
    }
  }
  return oldest;
}
