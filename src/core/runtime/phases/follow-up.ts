import { str } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { IDENTITY_REEVAL_WINDOW } from '../constants';
import { append, enter, type TickEnv, type TickFacts } from '../context';
import { cidOf, type EventsView } from '../derive/ledger-index';
import { commitmentsMeta } from '../derive/projection';
import { maybeReflect } from '../reflection/maybe-reflect';
import { rebindOnAdopt } from '../identity/tracker-rebind';

/**
 * P2-fu [#2]: every event since the last tick, this tick's appends
 * included. Identity adoptions reschedule re-evaluation; one without a
 * checkpoint (an external adoption) gets a checkpoint [#3], the failing
 * trait-nudge read [#4], a rebind and a reflection. Reflection commitments
 * not yet pending force a reflection on the next tick.
 */
export function followUp(env: TickEnv, t: TickFacts): void {
  enter(env, 'follow-up');
  const view = env.access.read('tick#2');
  for (const e of view.after(t.lastAutoId)) {
    if (e.kind === 'identity_adopt') {
      followAdopt(env, t, view, e);
    } else if (e.kind === 'commitment_open' && e.meta.reason === 'reflection') {
      followCommitment(env, t, e);
    }
  }
}

function followAdopt(env: TickEnv, t: TickFacts, view: EventsView, e: LedgerEvent): void {
  const name = str(e.meta.sanitized) ?? str(e.meta.name) ?? e.content;
  env.state.identityLastName = name;
  env.state.nextReevalTick = t.tickNo + IDENTITY_REEVAL_WINDOW;
  const checkpointed = view
    .ofKind('identity_checkpoint')
    .some((c) => c.meta.identity_adopt_event_id === e.id);
  if (checkpointed) {
    return;
  }
  const v3 = env.access.read('tick#3');
  const model = env.access.projection('tick#3:build_self_model', v3);
  append(env, 'identity_checkpoint', '', {
    name,
    traits: {},
    commitments: commitmentsMeta(model),
    stage: 'S0',
    identity_adopt_event_id: e.id,
  });
  env.access.read('tick#4');
  const old = nameBefore(view, t.lastAutoId);
  if (old !== null && old !== name) {
    rebindOnAdopt(env, old, name, e.id);
  }
  maybeReflect(env, t, {});
}

/** `build_identity` over events up to the last tick: the last adoption's name. */
function nameBefore(view: EventsView, lastAutoId: number): string | null {
  const adopts = view.ofKind('identity_adopt').filter((a) => a.id <= lastAutoId);
  const last = adopts.at(-1);
  return last === undefined ? null : (str(last.meta.name) || last.content).trim() || null;
}

function followCommitment(env: TickEnv, t: TickFacts, e: LedgerEvent): void {
  const cid = cidOf(e.meta.cid);
  if (cid === undefined || env.state.pendingFollowups.has(cid)) {
    return;
  }
  env.state.pendingFollowups.add(cid);
  env.state.forceReasonNextTick = 'commitment_followup';
  append(env, 'name_attempt_user', '', {
    commitment_followup: { cid, open_event_id: e.id, tick: t.tickNo },
  });
}
