import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { num, str, type PyObject } from '../../json/py-value';
import {
  append,
  f,
  lastTickId,
  roundTo,
  textOf,
  type TickEnv,
  type TickFacts,
} from '../context';
import { maybeReflect } from '../reflection/maybe-reflect';
import { sanitizeName } from '../sanitize';
import { commitmentsMeta } from '../derive/projection';
import { rebindOnAdopt } from './tracker-rebind';

/**
 * `handle_identity_adopt(new_name, meta)` (reference §10) with read sites
 * R1–R10, appending in PMM's order: identity_adopt, name_updated, a
 * breadcrumb, identity_checkpoint, the identity-shift trait_update, name
 * rebinds, a forced reflection (or its suppression), metrics, then the
 * tracker rebind and projection when the name changed.
 */
export function handleIdentityAdopt(
  env: TickEnv,
  t: TickFacts,
  newName: string,
  meta: PyObject,
) {
  const { access } = env;
  const r1 = access.read('handle_identity_adopt#R1');
  const old = access.projection('R1:build_identity', r1).name;
  const sanitized = sanitizeName(newName);
  if (sanitized === null) {
    return;
  }
  const confidence = f(num(meta.confidence) || 0.95);
  const adoptMeta = {
    name: newName,
    sanitized,
    ...meta,
    confidence,
    stable_window: true,
  };
  const adopt = append(env, 'identity_adopt', newName, adoptMeta).id;
  const ids = { identity_adopt_event_id: adopt };
  append(env, 'name_updated', '', {
    old_name: old,
    new_name: sanitized,
    ...ids,
    ...meta,
  });
  append(env, 'name_attempt_user', 'Forcing reflection due to identity adoption', {
    forced_reflection_reason: 'identity_adopt',
    ...ids,
  });
  checkpoint(env, sanitized, old, adopt);
  forceReflection(env, t, adopt);
  const r3 = access.read('handle_identity_adopt#R3');
  const { ias, gas } = access.metrics('R3:compute_ias_gas', r3).value();
  append(env, 'metrics', '', { IAS: f(ias), GAS: f(gas), reason: 'live_update' });
  if (old !== null && old !== sanitized) {
    rebindAll(env, old, sanitized, adopt);
  }
  env.state.identityLastName = sanitized;
}

function checkpoint(env: TickEnv, name: string, old: string | null, adopt: number): void {
  const r2 = env.access.read('handle_identity_adopt#R2');
  const model = env.access.projection('R2:build_self_model', r2);
  const open = [...model.open.entries()];
  const commitments = commitmentsMeta(model);
  const ids = { identity_adopt_event_id: adopt };
  append(env, 'identity_checkpoint', '', {
    name,
    traits: {},
    commitments,
    stage: 'S0',
    ...ids,
  });
  append(env, 'trait_update', '', {
    changes: { openness: f(shiftDelta(adopt, name)) },
    reason: 'identity_shift',
    ...ids,
  });
  for (const [cid, meta] of open) {
    const text = str(meta.text) ?? '';
    if (old !== null && text.toLowerCase().includes(old.toLowerCase())) {
      append(env, 'commitment_rebind', '', {
        cid,
        old_name: old,
        new_name: name,
        original_text: text,
        ...ids,
      });
    }
  }
}

/** δ from sha256("<adopt_eid>:<sanitized>") (§10): deterministic, ±0.05. */
export function shiftDelta(adoptId: number, name: string): number {
  const hex = bytesToHex(sha256(new TextEncoder().encode(`${adoptId}:${name}`))).slice(
    0,
    8,
  );
  const raw = (parseInt(hex, 16) / 0xffffffff - 0.5) * 0.1;
  return roundTo(Math.max(-0.05, Math.min(0.05, raw)), 4);
}

function forceReflection(env: TickEnv, t: TickFacts, adopt: number): void {
  const v = env.access.read('_has_reflection_since_last_tick');
  if (v.ofKindAfter('reflection', lastTickId(v)).length > 0) {
    append(env, 'reflection_forced', '', {
      forced_reflection_reason: 'identity_adopt',
      suppressed: 'same_tick',
    });
    return;
  }
  const { did } = maybeReflect(env, t, { openAutonomyTick: adopt });
  append(env, 'name_attempt_user', '', { forced_reflection: { did_reflect: did } });
  if (!did) {
    append(env, 'reflection_forced', '', {
      forced_reflection_reason: 'identity_adopt',
      reflection_failed: true,
    });
  }
}

/** Steps 8–9: R4 (unused), the tracker rebind, R5–R10 aggregation. */
function rebindAll(env: TickEnv, old: string, name: string, adopt: number): void {
  const { access } = env;
  access.read('handle_identity_adopt#R4');
  rebindOnAdopt(env, old, name, adopt);
  const r5 = access.read('handle_identity_adopt#R5');
  const all = r5.ofKind('commitment_rebind').map((e) => textOf(e.meta.cid));
  if (all.length === 0) {
    fallbackRebinds(env);
  }
  const tagged = (site: string) =>
    access
      .read(site)
      .ofKind('commitment_rebind')
      .filter((e) => e.meta.identity_adopt_event_id === adopt);
  tagged('handle_identity_adopt#R8');
  const cids = [
    ...new Set([
      ...all,
      ...tagged('handle_identity_adopt#R9').map((e) => textOf(e.meta.cid)),
    ]),
  ].sort();
  if (cids.length > 0) {
    append(env, 'identity_projection', '', {
      previous_identity: old,
      current_identity: name,
      rebound_commitments: cids,
      identity_adopt_event_id: adopt,
    });
  }
  finalGuarantee(env, old, name, adopt);
}

// R6/R7 run only when no rebind exists at all; the tracker has just rebound
// every open commitment (Q9), so there is nothing left for them to append.
function fallbackRebinds(env: TickEnv): void {
  const r6 = env.access.read('handle_identity_adopt#R6');
  env.access.projection('R6:build_self_model', r6);
  env.access.read('handle_identity_adopt#R7');
}

function finalGuarantee(env: TickEnv, old: string, name: string, adopt: number): void {
  const r10 = env.access.read('handle_identity_adopt#R10');
  const mine = (e: { meta: PyObject }) => e.meta.identity_adopt_event_id === adopt;
  const tagged = r10.ofKind('commitment_rebind').filter(mine);
  if (tagged.length > 0 && !r10.ofKind('identity_projection').some(mine)) {
    const cids = [...new Set(tagged.map((e) => textOf(e.meta.cid)))].sort();
    append(env, 'identity_projection', '', {
      previous_identity: old,
      current_identity: name,
      rebound_commitments: cids,
      identity_adopt_event_id: adopt,
    });
  }
}
