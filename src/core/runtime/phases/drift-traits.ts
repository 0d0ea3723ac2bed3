import { num } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { DRIFT_MULT_BY_STAGE } from '../constants';
import {
  textOf,
  append,
  enter,
  f,
  roundTo,
  type ReflectOutcome,
  type TickEnv,
  type TickFacts,
} from '../context';
import type { EventsView } from '../derive/ledger-index';

const LOW = new Set(['due_to_low_novelty', 'due_to_cadence']);

/**
 * P2f (only with a persona): [#10] the last tick id, [#11] the open counts
 * now and at the last tick boundaries (uncached folds), then three rules
 * with a 5-tick rate limit per reason: close_rate_up, novelty_push,
 * stable_period, deltas scaled by the stage multiplier.
 */
export function driftTraits(env: TickEnv, t: TickFacts, r: ReflectOutcome): void {
  enter(env, 'drift-traits');
  if (t.persona === null) {
    return;
  }
  const lastAuto = env.access.read('tick#10').lastOfKind('autonomy_tick')?.id ?? 0;
  const v = env.access.read('tick#11');
  const openNow = env.access.projection('drift:open_now', v).openNonTriage();
  const k = v.tickCount;
  const atTick = env.access.projection('drift:open_prev', v).openAtTick;
  const openPrev = atTick[k - 1] ?? 0;
  const boundaries = env.access.projection('drift:open_boundaries', v).openAtTick;
  const [mo, mc, mn] = DRIFT_MULT_BY_STAGE[t.stage];
  if (openNow < openPrev && (r.did || closedAfterReflection(v, lastAuto))) {
    nudge(env, t, v, 'conscientiousness', 0.02 * mc, 'close_rate_up');
  }
  if (lowNow(v, lastAuto, r) && lowWindow(v, k - 1, k) && lowWindow(v, 0, k - 1)) {
    nudge(env, t, v, 'openness', 0.02 * mo, 'novelty_push');
  }
  if (openNow === 0 && k >= 2 && boundaries[k - 1] === 0 && boundaries[k - 2] === 0) {
    nudge(env, t, v, 'neuroticism', -0.02 * mn, 'stable_period');
  }
}

function nudge(
  env: TickEnv,
  t: TickFacts,
  v: EventsView,
  trait: string,
  d: number,
  reason: string,
) {
  const last = v.lastOfKindWhere('trait_update', (e) => e.meta.reason === reason);
  if (last !== undefined && t.tickNo - (num(last.meta.tick) ?? 0) < 5) {
    return;
  }
  append(env, 'trait_update', '', {
    trait,
    delta: f(roundTo(d, 3)),
    reason,
    tick: t.tickNo,
  });
}

function closedAfterReflection(v: EventsView, lastAuto: number): boolean {
  const ref = v.ofKindAfter('reflection', lastAuto)[0];
  return ref !== undefined && v.ofKindAfter('commitment_close', ref.id).length > 0;
}

function lowNow(v: EventsView, lastAuto: number, r: ReflectOutcome): boolean {
  if (!r.did && (r.reason === 'cadence' || r.reason === 'due_to_low_novelty')) {
    return true;
  }
  return v
    .ofKindAfter('reflection_skipped', lastAuto)
    .some((e) => LOW.has(textOf(e.meta.reason)));
}

/** Whether a low-novelty skip lies between the a-th and b-th ticks (0 = start). */
function lowWindow(v: EventsView, a: number, b: number): boolean {
  const from = a === 0 ? 0 : (v.tickId(a) ?? 0);
  const to = v.tickId(b) ?? v.maxId;
  const low = (e: LedgerEvent) => LOW.has(textOf(e.meta.reason));
  return v.someOfKind('reflection_skipped', low, from, to);
}
