/**
 * The budget file, in the style of Lighthouse CI assertions: each key names a
 * metric (optionally `metric#tag` to assert one metric several times), each
 * value is a level (`off` / `warn` / `error`) or `[level, options]`.
 *
 *   {
 *     "assertions": {
 *       "full-reads-per-tick": ["error", { "maxNumericValue": 1, "strategy": "incremental" }],
 *       "phase-complexity#snapshot": ["error", { "phase": "snapshot", "maxComplexity": "O(n)" }],
 *       "time-ratio": ["warn", { "maxNumericValue": 1.1, "aggregationMethod": "pessimistic" }],
 *       "equivalence": ["error", { "allowDivergent": ["stale"] }],
 *       "bytes-per-tick": "off"
 *     }
 *   }
 */
import { z } from 'zod';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import { formatPath } from '../run-file/load';

export const BUDGET_METRICS = [
  'full-reads-per-tick',
  'reads-per-tick',
  'rows-per-tick',
  'bytes-per-tick',
  'duplicates-per-tick',
  'derived-events-per-tick',
  'tick-time-ms',
  'time-ratio',
  'strategy-complexity',
  'phase-complexity',
  'site-complexity',
  'equivalence',
] as const;

export type BudgetMetric = (typeof BUDGET_METRICS)[number];

export type BudgetLevel = 'off' | 'warn' | 'error';

const complexity = z.enum(['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)']);

export const budgetOptionsSchema = z.strictObject({
  /** Only this strategy (default: every strategy of the run). */
  strategy: z.string().optional(),
  phase: z.string().optional(),
  site: z.string().optional(),
  maxNumericValue: z.number().optional(),
  minNumericValue: z.number().optional(),
  maxComplexity: complexity.optional(),
  /** median: the typical tick (or ratio of medians); pessimistic: the worst tick
   * (or the upper end of the ratio's 95% interval); optimistic: the best. */
  aggregationMethod: z.enum(['median', 'pessimistic', 'optimistic']).optional(),
  /** `equivalence`: strategies allowed to diverge (e.g. `stale`). */
  allowDivergent: z.array(z.string()).optional(),
});

export type BudgetOptions = z.infer<typeof budgetOptionsSchema>;

const level = z.enum(['off', 'warn', 'error']);
const assertion = z.union([
  level,
  z.tuple([level]),
  z.tuple([level, budgetOptionsSchema]),
]);

function isKnownKey(key: string): boolean {
  return (BUDGET_METRICS as readonly string[]).includes(key.split('#')[0] ?? '');
}

const assertionsSchema = z.record(z.string(), assertion).superRefine((record, ctx) => {
  for (const key of Object.keys(record).filter((k) => !isKnownKey(k))) {
    const known = BUDGET_METRICS.join(', ');
    const message = `unknown metric (known: ${known}; add #tag to repeat one)`;
    ctx.addIssue({ code: 'custom', path: [key], message });
  }
});

export const budgetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  assertions: assertionsSchema,
});

export interface BudgetAssertion {
  readonly key: string;
  readonly metric: BudgetMetric;
  readonly level: BudgetLevel;
  readonly options: BudgetOptions;
}

/**
 * Parses a budget file's text into assertions; errors name the path.
 * Example: `parseBudget('{"assertions":{"full-reads-per-tick":"warn"}}', 'b.json')`.
 */
export function parseBudget(
  text: string,
  file: string,
): Result<BudgetAssertion[], string> {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (cause) {
    return err(
      `${file}: not JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  const parsed = budgetFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    return err(`${file}: invalid budget: ${issues.slice(0, 5).join('; ')}`);
  }
  return ok(
    Object.entries(parsed.data.assertions).map(([key, a]) => toAssertion(key, a)),
  );
}

function toAssertion(key: string, a: z.infer<typeof assertion>): BudgetAssertion {
  const metric = (key.split('#')[0] ?? key) as BudgetMetric;
  if (typeof a === 'string') {
    return { key, metric, level: a, options: {} };
  }
  return { key, metric, level: a[0], options: a[1] ?? {} };
}
