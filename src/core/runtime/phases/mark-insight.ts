import { INSIGHT_CUES } from '../constants';
import { append, enter, type TickEnv, type TickFacts } from '../context';

/** P2-post [#5]: the reflection just written, then `_maybe_mark_insight_ready`. */
export function markInsight(env: TickEnv, t: TickFacts): void {
  enter(env, 'mark-insight');
  const rid = env.access.read('tick#5').lastOfKind('reflection')?.id;
  if (rid !== undefined) {
    maybeMarkInsightReady(env, t, rid);
  }
}

/**
 * One `insight_ready` per reflection, only when no response followed it and
 * its text carries a cue ("I will", "Next time", ...).
 */
export function maybeMarkInsightReady(env: TickEnv, t: TickFacts, rid: number): void {
  const view = env.access.read('_maybe_mark_insight_ready');
  const marked =
    view.lastOfKindWhere('insight_ready', (e) => e.meta.from_event === rid) !== undefined;
  const answered = view.ofKindAfter('response', rid).length > 0;
  const text = (view.ofKindAfter('reflection', rid - 1)[0]?.content ?? '').toLowerCase();
  if (!marked && !answered && INSIGHT_CUES.some((c) => text.includes(c))) {
    append(env, 'insight_ready', '', { from_event: rid, tick: t.tickNo });
  }
}
