import { pyFloat, type PyObject } from '../../json/py-value';
import type { SeededRng } from './prng';

/** One event before it gets an id, ts and hash. */
export interface PlannedEvent {
  readonly kind: string;
  readonly content: string;
  readonly meta: PyObject;
}

interface OpenCommitment {
  readonly cid: string;
  readonly text: string;
  readonly openedTick: number;
}

/** What the synthetic runtime remembers between ticks; small and bounded. */
export interface SyntheticState {
  tick: number;
  ias: number;
  gas: number;
  stage: string;
  open: OpenCommitment[];
  commitmentCount: number;
  reflectionCount: number;
  lastArm: string | null;
}

const ARMS = [
  'succinct',
  'question_form',
  'narrative',
  'checklist',
  'analytical',
] as const;
const TTL_TICKS = 10;

export function initialState(): SyntheticState {
  return {
    tick: 0,
    ias: 0,
    gas: 0,
    stage: 'S0',
    open: [],
    commitmentCount: 0,
    reflectionCount: 0,
    lastArm: null,
  };
}

/** The construction-time events PMM writes before its first tick (reference §9.3). */
export function bootstrapEvents(): PlannedEvent[] {
  const name = 'Persistent Mind Model Alpha';
  return [
    ev('identity_adopt', name, {
      name,
      sanitized: 'Persistent',
      bootstrap: true,
      reason: 'default_bootstrap',
      tick: 0,
      confidence: 0.95,
      stable_window: true,
    }),
    ev('name_updated', '', {
      old_name: null,
      new_name: 'Persistent',
      identity_adopt_event_id: 1,
    }),
    ev('identity_checkpoint', '', {
      name: 'Persistent',
      traits: {},
      commitments: { open: 0, expired: 0 },
      stage: 'S0',
      identity_adopt_event_id: 1,
    }),
    ev('metrics', '', { IAS: pyFloat(0), GAS: pyFloat(0), reason: 'live_update' }),
  ];
}

/** The events of one autonomy tick, in PMM's phase order (reference §9.4). */
export function planTick(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  s.tick++;
  const out: PlannedEvent[] = [];
  if ((s.tick - 1) % 3 === 0) {
    out.push(...userTurn(s.tick - 1));
  }
  if (s.tick === 1 || rng.chance(0.02)) {
    out.push(cadencePolicy(s));
  }
  const did = s.tick > 1 && rng.chance(0.08);
  out.push(...(did ? reflectionFamily(s, rng) : [skipped()]));
  out.push(...banditChoice(s, rng));
  out.push(...middlePhases(s, rng));
  out.push(heartbeat(s, did));
  out.push(...afterHeartbeat(s, rng));
  drift(s, rng);
  return out;
}

function userTurn(i: number): PlannedEvent[] {
  return [
    ev('user', `hello ${i}`, { source: 'bench' }),
    ev('response', `reply ${i}`, { source: 'bench' }),
  ];
}

function cadencePolicy(s: SyntheticState): PlannedEvent {
  return ev('policy_update', '', {
    component: 'reflection',
    stage: s.stage,
    params: { min_turns: 2, min_time_s: 20, force_reflect_if_stuck: true },
    tick: s.tick,
  });
}

function skipped(): PlannedEvent {
  return ev('reflection_skipped', '', { reason: 'due_to_cadence' });
}

function reflectionFamily(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  s.reflectionCount++;
  const text = `Reflecting on tick ${s.tick}: I will keep answers short and check open items.`;
  const cid = rng.hex32();
  const commitment = `keep answers short (tick ${s.tick})`;
  s.open.push({ cid, text: commitment, openedTick: s.tick });
  s.commitmentCount++;
  return [
    ev('bandit_guidance_bias', '', { delta: armDeltas(), items: 0 }),
    ev('reflection', text, {
      source: 'emit_reflection',
      telemetry: { IAS: round(s.ias), GAS: round(s.gas), traits: {}, policies: {} },
      refs: [],
      stage_level: s.stage,
      prompt_template: rng.pick(ARMS),
      quality_score: round(0.5 + rng.next() / 2),
      forced: false,
      forced_reason: null,
      text,
    }),
    ev('reflection_check', '', { ref: s.tick, ok: true, reason: 'last_line_nonempty' }),
    ev('commitment_open', `Commitment opened: ${commitment}`, {
      cid,
      reason: 'reflection',
      text: commitment,
      ref: s.tick,
      due: 1759445400 + s.tick * 60,
    }),
  ];
}

function banditChoice(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  s.lastArm = rng.pick(ARMS);
  return [
    ev('bandit_guidance_bias', '', { delta: armDeltas(), items: 0 }),
    ev('bandit_arm_chosen', '', { arm: s.lastArm, tick: s.tick }),
  ];
}

function middlePhases(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  const out: PlannedEvent[] = [];
  if (rng.chance(0.5)) {
    out.push(
      ev('self_suggestion', 'Consider reviewing open commitments.', { tick: s.tick }),
    );
  }
  if (s.open.length > 0) {
    const ranking = s.open
      .slice(0, 5)
      .map((c, i) => ({ cid: c.cid, score: round(1 - i * 0.1) }));
    out.push(
      ev('commitment_priority', '', { ranking }),
      ev('priority_update', '', { ranking }),
    );
  }
  out.push(stageProgress(s));
  if (rng.chance(0.35)) {
    out.push(traitUpdate(s, rng));
  }
  out.push(...closeOrExpire(s, rng));
  out.push(
    ev('name_attempt_user', 'reminder_scan', {
      open_count: s.open.length,
    }),
  );
  return out;
}

function stageProgress(s: SyntheticState): PlannedEvent {
  return ev('stage_progress', '', {
    stage: s.stage,
    IAS: round(s.ias),
    GAS: round(s.gas),
    commitment_count: s.commitmentCount,
    reflection_count: s.reflectionCount,
  });
}

function traitUpdate(s: SyntheticState, rng: SeededRng): PlannedEvent {
  const [trait, reason, delta] = rng.chance(0.5)
    ? ['openness', 'novelty_push', 0.02]
    : ['neuroticism', 'stable_period', -0.02];
  return ev('trait_update', '', { trait, delta, reason, tick: s.tick });
}

function closeOrExpire(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  const out: PlannedEvent[] = [];
  const oldest = s.open[0];
  if (oldest !== undefined && s.tick - oldest.openedTick >= TTL_TICKS) {
    s.open.shift();
    out.push(
      ev('commitment_expire', `Commitment expired: ${oldest.text}`, {
        cid: oldest.cid,
        reason: 'timeout',
      }),
    );
  } else if (oldest !== undefined && rng.chance(0.15)) {
    s.open.shift();
    out.push(
      ev('commitment_close', `Commitment closed: ${oldest.cid}`, {
        cid: oldest.cid,
        evidence_type: 'done',
        description: oldest.text,
        source: 'reflection',
        clean: true,
        snippet: null,
      }),
    );
  }
  return out;
}

function heartbeat(s: SyntheticState, did: boolean): PlannedEvent {
  return ev('autonomy_tick', 'autonomy heartbeat', {
    telemetry: { IAS: round(s.ias), GAS: round(s.gas) },
    reflect: { did, reason: did ? 'reflected' : 'cadence' },
    source: 'AutonomyLoop',
  });
}

function afterHeartbeat(s: SyntheticState, rng: SeededRng): PlannedEvent[] {
  const out: PlannedEvent[] = [];
  if (s.tick > 3 && s.lastArm !== null) {
    out.push(
      ev('bandit_reward', '', {
        arm: s.lastArm,
        reward: round(rng.next() / 2),
        tick: s.tick + 1,
      }),
    );
  }
  if (s.tick % 5 === 0) {
    out.push(evaluation(s, rng));
  }
  if (rng.chance(0.06)) {
    out.push(
      ev('invariant_violation', '', {
        code: 'CANDIDATE_BEFORE_CLOSE',
        message: 'commitment closed without a prior evidence candidate',
        details: { commitment_id: rng.hex32() },
      }),
    );
  }
  return out;
}

function evaluation(s: SyntheticState, rng: SeededRng): PlannedEvent {
  return ev('evaluation_report', '', {
    component: 'performance',
    metrics: {
      completion_rate: round(rng.next()),
      novelty_avg: round(rng.next()),
      reward_mean: round(rng.next() / 2),
    },
    window: 200,
    tick: s.tick,
  });
}

/** IAS/GAS wander upward slowly, like the 3,299-event fixture's telemetry. */
function drift(s: SyntheticState, rng: SeededRng): void {
  s.ias = Math.min(1, s.ias + rng.next() * 0.01);
  s.gas = Math.min(1, s.gas + rng.next() * 0.012);
  if (s.stage === 'S0' && s.ias > 0.5 && s.gas > 0.5) {
    s.stage = 'S1';
  }
}

function armDeltas(): PyObject {
  const zero = pyFloat(0);
  return {
    succinct: zero,
    question_form: zero,
    narrative: zero,
    checklist: zero,
    analytical: zero,
  };
}

/** Telemetry floats as PMM writes them: rounded to 4 places, integral values as floats. */
function round(x: number): number | ReturnType<typeof pyFloat> {
  return pyFloat(Math.round(x * 10000) / 10000);
}

function ev(kind: string, content: string, meta: PyObject): PlannedEvent {
  return { kind, content, meta };
}
