import { num } from '../../json/py-value';
import { IDENTITY_REEVAL_WINDOW } from '../constants';
import { append, enter, type TickEnv, type TickFacts } from '../context';
import { handleIdentityAdopt } from '../identity/handle-identity-adopt';
import { sanitizeName } from '../sanitize';
import { maybeMarkInsightReady } from './mark-insight';

/**
 * P2i: adopt the last `identity_propose` of the tick-start events when no
 * adoption follows it: (b) with a persona, a re-evaluation proposal naming
 * someone else, at least 6 ticks after the last adoption; (c) without a
 * persona, the candidate (or `Persona`) after a bootstrap breadcrumb. The
 * self-declaration rule (a) is PMM's stub and always false.
 */
export function adoptIdentity(env: TickEnv, t: TickFacts): void {
  enter(env, 'adopt');
  const proposal = t.view.lastOfKind('identity_propose');
  if (
    proposal === undefined ||
    t.view.ofKindAfter('identity_adopt', proposal.id).length > 0
  ) {
    return;
  }
  const candidate = sanitizeName(proposal.content);
  const last = env.state.identityLastAdoptTick;
  if (t.persona !== null && last !== null && t.tickNo - last < IDENTITY_REEVAL_WINDOW) {
    return;
  }
  const meta = {
    why: 'autonomy',
    src_id: proposal.id,
    turns_since_proposal: t.view.ofKindAfter('response', proposal.id).length,
    tick: t.tickNo,
    sanitized_name: candidate,
  };
  if (t.persona !== null) {
    const differs = candidate !== null && candidate !== sanitizeName(t.persona);
    if (proposal.meta.reason !== 'autonomy_identity_reeval' || !differs) {
      return;
    }
  } else if (t.tickNo - (num(proposal.meta.tick) ?? 0) < 0) {
    return;
  } else {
    append(env, 'name_attempt_user', '', { identity_adopt: 'bootstrap' });
  }
  handleIdentityAdopt(env, t, candidate ?? 'Persona', meta);
  env.state.identityLastAdoptTick = t.tickNo;
  passiveInsight(env, t);
}

function passiveInsight(env: TickEnv, t: TickFacts): void {
  const view = env.access.read('_maybe_mark_insight_ready');
  const rid = view.lastOfKind('reflection')?.id;
  if (
    rid !== undefined &&
    !view.someOfKind('insight_ready', (e) => e.meta.from_event === rid)
  ) {
    maybeMarkInsightReady(env, t, rid);
  }
}
