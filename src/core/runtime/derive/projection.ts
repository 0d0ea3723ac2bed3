import { isPyObject, num, str, type PyObject, type PyValue } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { cidOf } from './ledger-index';

export const TRAIT_NAMES = [
  'openness',
  'conscientiousness',
  'extraversion',
  'agreeableness',
  'neuroticism',
] as const;
export type TraitName = (typeof TRAIT_NAMES)[number];

/** An expired commitment as `build_self_model` records it. */
export interface ExpiredCommitment {
  readonly text: string;
  readonly expiredAt: number;
  readonly reason: string;
}

/** The fold's answer. Live for incremental strategies: read it, do not keep it. */
export interface SelfModelView {
  readonly name: string | null;
  readonly traits: Readonly<Record<TraitName, number>>;
  readonly open: ReadonlyMap<string, PyObject>;
  readonly expired: ReadonlyMap<string, ExpiredCommitment>;
  /** Open non-triage commitments after the k-th autonomy_tick (index k-1). */
  readonly openAtTick: readonly number[];
  /** Events folded so far. */
  readonly folded: number;
  /** Open commitments that are not violation triage (the drift rule's count). */
  openNonTriage(): number;
}

/**
 * PMM's `build_self_model` as a forward fold (reference §13): name from the
 * last `identity_adopt` (`identity_adoption` ignored), traits from 0.5 moved
 * by `trait_update` deltas and clamped, open commitments keyed by cid that
 * need a non-null `meta.text`. It also records the open count at every
 * autonomy_tick boundary so the drift rule's "open before" folds (§9.4 P2f)
 * are a lookup for a kept fold and a full fold for a fresh one.
 *
 * @example ProjectionFold.over(events).name
 */
export class ProjectionFold implements SelfModelView {
  name: string | null = null;
  readonly traits: Record<TraitName, number> = freshTraits();
  readonly open = new Map<string, PyObject>();
  readonly expired = new Map<string, ExpiredCommitment>();
  readonly openAtTick: number[] = [];
  folded = 0;

  static over(events: readonly LedgerEvent[]): ProjectionFold {
    const fold = new ProjectionFold();
    for (const e of events) {
      fold.apply(e);
    }
    return fold;
  }

  apply(e: LedgerEvent): void {
    this.folded++;
    const rule = RULES[e.kind];
    if (rule !== undefined) {
      rule(this, e);
    }
  }

  /** Open commitments that are not violation triage (the drift rule's count). */
  openNonTriage(): number {
    let n = 0;
    for (const meta of this.open.values()) {
      n += isTriage(meta) ? 0 : 1;
    }
    return n;
  }
}

type Rule = (fold: ProjectionFold, e: LedgerEvent) => void;

const RULES: Readonly<Record<string, Rule>> = {
  identity_adopt: (f, e) => {
    const candidate = str(e.meta.name) || e.content || null;
    f.name = candidate === null ? null : candidate.trim() || null;
  },
  identity_change: (f, e) => {
    const candidate = str(e.meta.name) || e.content.trim();
    f.name = candidate ? candidate : f.name;
  },
  identity_clear: (f) => {
    f.name = null;
  },
  trait_update: (f, e) => applyTraitUpdate(f.traits, e.meta),
  commitment_open: (f, e) => {
    const cid = cidOf(e.meta.cid);
    if (cid !== undefined && e.meta.text !== undefined && e.meta.text !== null) {
      f.open.set(cid, { ...e.meta });
    }
  },
  commitment_close: (f, e) => {
    f.open.delete(cidOf(e.meta.cid) ?? '');
  },
  commitment_expire: (f, e) => expire(f, e),
  commitment_snooze: (f, e) => {
    const meta = f.open.get(cidOf(e.meta.cid) ?? '');
    if (meta !== undefined) {
      meta.snoozed_until = Math.trunc(num(e.meta.until_tick) ?? 0);
    }
  },
  autonomy_tick: (f) => {
    f.openAtTick.push(f.openNonTriage());
  },
};

function expire(f: ProjectionFold, e: LedgerEvent): void {
  const cid = cidOf(e.meta.cid) ?? '';
  const meta = f.open.get(cid);
  if (meta === undefined) {
    return;
  }
  const reason = str(e.meta.reason) || 'timeout';
  f.expired.set(cid, { text: str(meta.text) ?? '', expiredAt: e.id, reason });
  f.open.delete(cid);
}

const ALIASES: Readonly<Record<string, TraitName>> = {
  o: 'openness',
  c: 'conscientiousness',
  e: 'extraversion',
  a: 'agreeableness',
  n: 'neuroticism',
  openness: 'openness',
  conscientiousness: 'conscientiousness',
  extraversion: 'extraversion',
  agreeableness: 'agreeableness',
  neuroticism: 'neuroticism',
};

function applyTraitUpdate(traits: Record<TraitName, number>, meta: PyObject): void {
  const trait = (str(meta.trait) ?? '').trim().toLowerCase();
  const delta = meta.delta;
  if (isPyObject(delta) && trait === '') {
    for (const [key, value] of Object.entries(delta)) {
      nudge(traits, ALIASES[key.toLowerCase()], floatOf(value));
    }
    return;
  }
  nudge(traits, ALIASES[trait], floatOf(delta));
}

function nudge(
  traits: Record<TraitName, number>,
  trait: TraitName | undefined,
  d: number,
) {
  if (trait !== undefined) {
    traits[trait] = Math.min(1, Math.max(0, traits[trait] + d));
  }
}

/** Python `float(x)` with 0.0 for anything unparsable. */
function floatOf(value: PyValue | undefined): number {
  const n = num(value) ?? (typeof value === 'string' ? Number(value.trim()) : NaN);
  return Number.isFinite(n) ? n : 0;
}

function freshTraits(): Record<TraitName, number> {
  return {
    openness: 0.5,
    conscientiousness: 0.5,
    extraversion: 0.5,
    agreeableness: 0.5,
    neuroticism: 0.5,
  };
}

/** Triage commitments (reason `invariant_violation` or source `triage`). */
export function isTriage(meta: PyObject): boolean {
  return meta.reason === 'invariant_violation' || meta.source === 'triage';
}

/**
 * The `commitments` of an `identity_checkpoint`: the open map (cid -> meta)
 * and the expired map (cid -> {text, expired_at, reason}), as PMM stores them.
 */
export function commitmentsMeta(model: SelfModelView): PyObject {
  const open: PyObject = Object.fromEntries(model.open);
  const expired: PyObject = {};
  for (const [cid, x] of model.expired) {
    expired[cid] = { text: x.text, expired_at: x.expiredAt, reason: x.reason };
  }
  return { open, expired };
}
