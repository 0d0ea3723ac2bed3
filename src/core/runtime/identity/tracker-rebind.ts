import { str, type PyObject } from '../../json/py-value';
import { append, textOf, type TickEnv } from '../context';

/**
 * `CommitmentTracker._rebind_commitments_on_identity_adopt` (§11): with an
 * adopt id every open commitment is rebound (quirk Q9, kept), each after its
 * own existence check (site 133; 135 is its never-taken fallback); then a
 * summary (197) when nothing was rebound, and an `identity_projection`
 * unless one exists (221). Returns the rebound cids.
 */
export function rebindOnAdopt(
  env: TickEnv,
  oldName: string,
  newName: string,
  adoptId: number,
) {
  const { access } = env;
  const legacy = access.read('_open_commitments_legacy');
  const model = access.projection('_open_commitments_legacy:fold', legacy);
  const open = [...model.open.entries()];
  const rebound: string[] = [];
  for (const [cid, meta] of open) {
    if (rebindOne(env, cid, meta, oldName, newName, adoptId)) {
      rebound.push(cid);
    }
  }
  const rebinds = rebound.length > 0 ? rebound : summarise(env, adoptId);
  const v221 = access.read('rebind#221');
  const exists = v221
    .ofKindAfter('identity_projection', v221.tailStartId(200) - 1)
    .some((e) => e.meta.identity_adopt_event_id === adoptId);
  if (!exists && rebinds.length > 0) {
    append(env, 'identity_projection', '', {
      identity_adopt_event_id: adoptId,
      old_name: oldName,
      new_name: newName,
      rebinds,
    });
  }
  return rebinds;
}

function rebindOne(
  env: TickEnv,
  cid: string,
  meta: PyObject,
  oldName: string,
  newName: string,
  adoptId: number,
): boolean {
  const v133 = env.access.read('rebind#133');
  const done = v133
    .ofKindAfter('commitment_rebind', v133.tailStartId(200) - 1)
    .some((e) => e.meta.cid === cid && e.meta.identity_adopt_event_id === adoptId);
  if (done) {
    return false;
  }
  const text = str(meta.text) ?? '';
  append(env, 'commitment_rebind', '', {
    cid,
    old_name: oldName,
    new_name: newName,
    original_text: text,
    identity_adopt_event_id: adoptId,
  });
  const updated = text.split(oldName).join(newName);
  if (updated !== text) {
    append(env, 'commitment_update', updated, {
      cid,
      old_text: text,
      reason: 'identity_rebind',
    });
  }
  return true;
}

function summarise(env: TickEnv, adoptId: number): string[] {
  const v = env.access.read('rebind#197');
  return v
    .ofKindAfter('commitment_rebind', v.tailStartId(400) - 1)
    .filter((e) => e.meta.identity_adopt_event_id === adoptId)
    .map((e) => textOf(e.meta.cid));
}
