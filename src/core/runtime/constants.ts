import type { Stage } from './derive/stage';

/** Reference §9.2: cadence per stage (min_turns, min_time_s, force_reflect_if_stuck). */
export const CADENCE_BY_STAGE: Readonly<
  Record<Stage, readonly [number, number, boolean]>
> = {
  S0: [2, 20, true],
  S1: [3, 35, true],
  S2: [4, 50, false],
  S3: [5, 70, false],
  S4: [6, 90, false],
};

/** Drift multipliers per stage (openness, conscientiousness, neuroticism). */
export const DRIFT_MULT_BY_STAGE: Readonly<
  Record<Stage, readonly [number, number, number]>
> = {
  S0: [1.0, 1.0, 1.0],
  S1: [1.25, 1.1, 1.0],
  S2: [1.1, 1.25, 1.0],
  S3: [1.0, 1.2, 0.8],
  S4: [0.9, 1.1, 0.7],
};

/** Stage policy hints: reflection_style arm and recall budget. */
export const POLICY_HINTS_BY_STAGE: Readonly<Record<Stage, readonly [string, number]>> = {
  S0: ['succinct', 1],
  S1: ['question_form', 2],
  S2: ['analytical', 3],
  S3: ['narrative', 3],
  S4: ['checklist', 3],
};

export const ARMS = [
  'succinct',
  'question_form',
  'narrative',
  'checklist',
  'analytical',
] as const;
export const TEMPLATES = [
  'succinct',
  'question',
  'narrative',
  'checklist',
  'analytical',
] as const;
export const CAPABILITIES: Readonly<Partial<Record<Stage, string>>> = {
  S1: 'reflection_bandit',
  S2: 'proactive_commitments',
  S3: 'self_code_analysis',
};

export const TTL_TICKS = 10;
export const IDENTITY_REEVAL_WINDOW = 6;
export const COMMITMENT_PROTECT_TICKS = 3;
export const EVALUATOR_EVERY_TICKS = 5;
export const REFLECTION_COMMIT_DUE_SECONDS = 7200;
export const BOOTSTRAP_NAME = 'Persistent Mind Model Alpha';
export const INSIGHT_CUES = [
  'i will',
  "i'll",
  'i\u2019ll',
  'next time',
  'i should',
  "i'm going to",
  'i\u2019m going to',
];
