import { str } from '../../json/py-value';
import { TTL_TICKS } from '../constants';
import { append, enter, type TickEnv, type TickFacts } from '../context';
import type { CommitmentStatus, EventsView } from '../derive/ledger-index';

/**
 * `sweep_for_expired(events, ttl)` (§18): unresolved cids whose first open
 * is at least `ttl` ticks old, skipping snoozed ones.
 */
export function sweepForExpired(view: EventsView, ttl: number): CommitmentStatus[] {
  const currTick = view.tickCount;
  const out: CommitmentStatus[] = [];
  for (const cid of view.unresolvedCids()) {
    const st = view.commitment(cid);
    if (st === undefined || (st.snoozeUntil > 0 && currTick <= st.snoozeUntil)) {
      continue;
    }
    if (currTick - view.ticksUpTo(st.firstOpen.id) >= ttl) {
      out.push(st);
    }
  }
  return out;
}

/** P1c: TTL sweep #1 over the tick-start events; skipped while no tracker exists (Q8). */
export function sweepTtl(env: TickEnv, t: TickFacts): void {
  enter(env, 'sweep-ttl');
  if (!env.state.trackerCreated) {
    return;
  }
  for (const st of sweepForExpired(t.view, TTL_TICKS)) {
    const text = str(st.firstOpen.meta.text) ?? '';
    append(env, 'commitment_expire', `Commitment expired: ${text}`, {
      cid: st.cid,
      reason: 'timeout',
    });
  }
}

/** P2f': TTL sweep #2 [#13]: creates the tracker, re-reads, skips already expired. */
export function sweepTtlAgain(env: TickEnv): void {
  enter(env, 'sweep-ttl-again');
  env.state.trackerCreated = true;
  const view = env.access.read('tick#13');
  for (const st of sweepForExpired(view, TTL_TICKS)) {
    if (st.lastExpireId <= st.lastOpenId) {
      append(env, 'commitment_expire', '', { cid: st.cid, reason: 'timeout' });
    }
  }
}
