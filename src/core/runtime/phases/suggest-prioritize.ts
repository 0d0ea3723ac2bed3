import { append, enter, f, type TickEnv, type TickFacts } from '../context';

/** P2s: a self-suggestion when nothing closed in the last 50 events and none in the last 10. */
export function suggest(env: TickEnv, t: TickFacts): void {
  enter(env, 'suggest');
  const closed = t.view.tail(50).some((e) => e.kind === 'commitment_close');
  const recent = t.view.tail(10).some((e) => e.kind === 'self_suggestion');
  if (!closed && !recent) {
    const text = 'Consider opening a small commitment to keep momentum.';
    append(env, 'self_suggestion', text, { tick: t.tickNo });
  }
}

/** P2c: `rank_commitments` over the tick-start projection; a ranking and its legacy twin. */
export function prioritize(env: TickEnv, t: TickFacts): void {
  enter(env, 'prioritize');
  if (t.openCids.length === 0) {
    return;
  }
  const ranking = t.openCids
    .slice(0, 5)
    .map((cid, i) => ({ cid, score: f(1 - i * 0.1) }));
  append(env, 'commitment_priority', 'commitment priority ranking', { ranking });
  append(env, 'priority_update', '', { ranking });
}
