import { IDENTITY_REEVAL_WINDOW } from '../constants';
import { append, enter, type TickEnv, type TickFacts } from '../context';
import type { EventsView } from '../derive/ledger-index';
import { sanitizeName } from '../sanitize';

/**
 * P2-id: the hidden second `_get_snapshot` (the appends invalidated the
 * first), a name-change check, and on the scheduled tick a scan of
 * responses since the last adoption for a signature line (`— Name` or
 * `- Name`) that proposes a new name.
 */
export function reevaluateIdentity(env: TickEnv, t: TickFacts): void {
  enter(env, 'reevaluate-identity');
  const { access, state } = env;
  const view = access.read('_get_snapshot');
  const name = access.projection('_get_snapshot:build_identity', view).name;
  access.projection('_get_snapshot:build_self_model', view);
  access.metrics('_get_snapshot:compute_ias_gas', view);
  access.stage('_get_snapshot:infer_stage', view);
  if (name !== state.lastSnapshotName) {
    state.lastSnapshotName = name;
    state.nextReevalTick = t.tickNo + IDENTITY_REEVAL_WINDOW;
  }
  if (state.nextReevalTick === null || t.tickNo < state.nextReevalTick) {
    return;
  }
  state.nextReevalTick = t.tickNo + IDENTITY_REEVAL_WINDOW;
  proposeFromSignature(env, t, view, name);
}

function proposeFromSignature(
  env: TickEnv,
  t: TickFacts,
  view: EventsView,
  name: string | null,
) {
  const since = view.lastOfKind('identity_adopt')?.id ?? 0;
  const candidate = signatureCandidate(view, since);
  if (candidate === null || candidate === sanitizeName(name ?? '')) {
    return;
  }
  const prevTick = view.tickId(view.tickCount - 1) ?? 0;
  const repeated = view
    .ofKindAfter('identity_propose', prevTick)
    .some((p) => p.content === candidate && p.meta.reason === 'autonomy_identity_reeval');
  if (!repeated) {
    const meta = { tick: t.tickNo, reason: 'autonomy_identity_reeval', reproposal: true };
    append(env, 'identity_propose', candidate, meta);
  }
}

/** The newest response whose last non-empty line starts with `—` or `-`. */
export function signatureCandidate(view: EventsView, sinceId: number): string | null {
  const responses = view.ofKindAfter('response', sinceId);
  for (let i = responses.length - 1; i >= 0; i--) {
    const lines = (responses[i]?.content ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const last = (lines.at(-1) ?? '').trim();
    if (last.startsWith('\u2014') || last.startsWith('-')) {
      const token =
        last
          .replace(/^[\u2014-]+/u, '')
          .trim()
          .split(/\s+/u)[0] ?? '';
      const candidate = sanitizeName(token);
      if (candidate !== null) {
        return candidate;
      }
    }
  }
  return null;
}
