import { str, type PyObject } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import {
  COMMITMENT_PROTECT_TICKS,
  REFLECTION_COMMIT_DUE_SECONDS,
  TEMPLATES,
} from '../constants';
import { append, f, type TickEnv, type TickFacts } from '../context';
import type { EventsView } from '../derive/ledger-index';
import { STAGES } from '../derive/stage';
import { runtimeReflect } from './runtime-reflect';
import { commitmentTextOf } from './templates';

export interface EmitOptions {
  readonly forced: boolean;
  readonly forcedReason?: string;
  readonly forceOpenCommitment: boolean;
  readonly openAutonomyTick?: number;
}

/**
 * `emit_reflection` (reference §12.1) with its five read sites E1–E5 (E6,
 * the audit window, is logged as `run_audit#E6`). The text comes from
 * `Runtime.reflect` (template text), which appends its own reflection first
 * (quirk Q13, kept). Returns the reflection id, or null when rejected.
 */
export function emitReflection(
  env: TickEnv,
  t: TickFacts,
  o: EmitOptions,
): number | null {
  const { access } = env;
  const v1 = access.read('emit_reflection#E1');
  const { ias, gas } = access.metrics('E1:compute_ias_gas', v1).value();
  const { stage } = access.stage('E1:infer_stage', v1).value();
  const traits = { ...access.projection('E1:build_self_model', v1).traits };
  const level = STAGES.indexOf(stage);
  const template = TEMPLATES[level] ?? 'succinct';
  const text = runtimeReflect(env, t, { ias, gas, level, template });
  const refs = refsOf(access.read('emit_reflection#E2'));
  access.read('emit_reflection#E3');
  if (text.trim() === '') {
    return reject(env, o);
  }
  const telemetry = {
    IAS: f(ias),
    GAS: f(gas),
    traits: traitsMeta(traits),
    policies: {},
  };
  const meta = {
    source: 'emit_reflection',
    telemetry,
    refs,
    stage_level: level,
    prompt_template: template,
    quality_score: f(0.8),
    forced: o.forced,
    forced_reason: o.forcedReason ?? null,
    text,
  };
  const rid = append(env, 'reflection', text, meta).id;
  append(env, 'reflection_check', '', {
    ref: rid,
    ok: true,
    reason: 'last_line_nonempty',
  });
  const v5 = access.read('emit_reflection#E5');
  if (endsWithOkCheck(v5) && (!o.forced || o.forceOpenCommitment)) {
    openReflectionCommitment(env, t, o, rid, text);
  }
  access.read('run_audit#E6');
  return rid;
}

function reject(env: TickEnv, o: EmitOptions): number | null {
  env.access.read('emit_reflection#E4');
  append(env, 'reflection_rejected', '', {
    reason: 'empty_reflection',
    scores: {},
    accept_mode: 'audit',
    forced: o.forced,
  });
  return null;
}

/** The last ≤ 6 ids of user/response/commitment_open/evidence_candidate, ascending. */
function refsOf(view: EventsView): number[] {
  const kinds = ['user', 'response', 'commitment_open', 'evidence_candidate'];
  const ids = kinds.flatMap((k) =>
    view.ofKindAfter(k, view.tailStartId(6) - 1).map((e) => e.id),
  );
  return ids.sort((a, b) => a - b).slice(-6);
}

function endsWithOkCheck(view: EventsView): boolean {
  const [a, b] = view.tail(2) as [LedgerEvent?, LedgerEvent?];
  return a?.kind === 'reflection' && b?.kind === 'reflection_check' && b.meta.ok === true;
}

function openReflectionCommitment(
  env: TickEnv,
  t: TickFacts,
  o: EmitOptions,
  rid: number,
  text: string,
) {
  supersede(env, t, rid);
  const body = commitmentTextOf(text);
  const due = Math.floor(env.clock.nowSeconds()) + REFLECTION_COMMIT_DUE_SECONDS;
  const meta = {
    cid: env.rng.hex32(),
    reason: 'reflection',
    text: body,
    ref: rid,
    due,
  } as PyObject;
  if (o.forceOpenCommitment) {
    meta.protect_until_tick = t.tickNo + COMMITMENT_PROTECT_TICKS;
    meta.open_autonomy_tick = o.openAutonomyTick ?? t.tickNo;
  }
  append(env, 'commitment_open', `Commitment opened: ${body.slice(0, 240)}`, meta);
}

/** Closes older open reflection commitments that are not protected (§18). */
function supersede(env: TickEnv, t: TickFacts, rid: number): void {
  const view = env.access.read('supersede_reflection_commitments');
  for (const cid of view.unresolvedCids()) {
    const open = view.commitment(cid)?.firstOpen;
    const protect = Number(open?.meta.protect_until_tick ?? -1);
    if (open?.meta.reason !== 'reflection' || protect >= t.tickNo) {
      continue;
    }
    append(env, 'commitment_close', '', {
      cid,
      evidence_type: 'done',
      description: `superseded_by_reflection#${rid}`,
      source: 'reflection',
      clean: true,
      snippet: (str(open.meta.text) ?? '').slice(0, 80),
    });
  }
}

function traitsMeta(traits: Readonly<Record<string, number>>) {
  return Object.fromEntries(Object.entries(traits).map(([k, v]) => [k, f(v)]));
}
