/**
 * Zod schemas of the current run-file version. The annotation `z.ZodType<RunFile>`
 * makes the compiler prove that the schema and the interfaces in `types.ts`
 * describe the same document.
 */
import { z } from 'zod';
import type { RunDerivationOp, RunFile, RunReadOp } from './types';
import { CURRENT_RUN_FILE_VERSION, RUN_FILE_FORMAT } from './types';

export const READ_OPS: readonly RunReadOp[] = [
  'full-read',
  'tail-read',
  'read-after-id',
  'read-after-ts',
  'max-id',
  'cache-hit',
  'cache-miss',
  'snapshot-hit',
];

export const DERIVATION_OPS: readonly RunDerivationOp[] = [
  'projection-fold',
  'metrics-pass',
  'stage-inference',
  'chain-verification',
];

const SITE_GROUPS = [
  'tick',
  'handle_identity_adopt',
  'emit_reflection',
  'maybe_reflect',
  'rebind',
  'other',
] as const;

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative().finite();
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

const ledgerSchema = z.strictObject({
  name: z.string().min(1),
  sha256: hex64.nullable(),
  eventCount: count.nullable(),
  era: z.enum(['v1', 'v2', 'unknown']),
  prefixEvents: count.optional(),
  synthetic: z.strictObject({ generator: z.string(), events: count }).optional(),
});

const environmentSchema = z.strictObject({
  source: z.enum(['cli', 'browser', 'python-recorder']),
  tickscopeVersion: z.string().min(1),
  runtime: z.enum(['tickscope-runtime', 'external']),
  runtimeLabel: z.string(),
  platform: z.string(),
  timerResolutionMs: ms,
  cores: z.number().int().positive().nullable(),
});

const scenarioSchema = z.strictObject({
  ticks: count,
  turnEvery: count.nullable(),
  seed: z.union([z.string(), z.number().int()]).nullable(),
  reps: z.number().int().positive(),
});

const redundancySchema = z.strictObject({
  duplicates: count,
  similar: count,
  needed: count,
  savableMs: ms,
  savableBytes: count,
});

const callSiteSchema = z.strictObject({
  function: z.string(),
  file: z.string(),
  line: count,
});

function aggregateSchema<TOp extends string>(ops: readonly TOp[]) {
  return z.strictObject({
    phase: z.string(),
    site: z.string().min(1),
    group: z.enum(SITE_GROUPS),
    op: z.enum(ops as [TOp, ...TOp[]]),
    count: z.number().int().positive(),
    rows: count,
    bytes: count,
    durationMs: ms,
    redundancy: redundancySchema.optional(),
    callSite: callSiteSchema.optional(),
  });
}

const appendedSchema = z.strictObject({
  id: z.number().int().positive(),
  kind: z.string(),
  hash: z.string().nullable(),
});

const tickSchema = z.strictObject({
  tick: z.number().int().positive(),
  durationMs: ms,
  phases: z.array(z.strictObject({ name: z.string().min(1), durationMs: ms })),
  reads: z.array(aggregateSchema(READ_OPS)),
  derivations: z.array(aggregateSchema(DERIVATION_OPS)),
  eventsAppended: count,
  headId: count,
  headHash: z.string().nullable(),
  appended: z.array(appendedSchema).optional(),
});

const strategySchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  external: z.boolean(),
  repetitions: z.array(z.strictObject({ rep: count, ticks: z.array(tickSchema) })).min(1),
});

const divergenceSchema = z.strictObject({
  tick: count,
  eventId: count,
  baseline: appendedSchema.nullable(),
  candidate: appendedSchema.nullable(),
});

const equivalenceSchema = z.strictObject({
  strategy: z.string(),
  baseline: z.string(),
  verdict: z.enum(['identical', 'diverged', 'unchecked']),
  ticksCompared: count,
  firstDivergence: divergenceSchema.optional(),
  note: z.string().optional(),
});

/** The current version's document. */
export const runFileSchema: z.ZodType<RunFile> = z.strictObject({
  schemaVersion: z.literal(CURRENT_RUN_FILE_VERSION),
  format: z.literal(RUN_FILE_FORMAT),
  runId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  label: z.string().optional(),
  input: z.strictObject({ ledger: ledgerSchema }),
  environment: environmentSchema,
  scenario: scenarioSchema,
  strategies: z.array(strategySchema).min(1),
  equivalence: z.array(equivalenceSchema),
  notes: z.array(z.string()).optional(),
});
