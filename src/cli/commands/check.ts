import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudget } from '../../core/profiling/budgets/check';
import { parseBudget } from '../../core/profiling/budgets/schema';
import type { ScaleReport } from '../../core/profiling/scaling/report';
import { scaleReportSchema } from '../../core/profiling/scaling/report';
import type { RunFile } from '../../core/profiling/run-file/types';
import { err, ok, type Result } from '../../core/result';
import { checkText } from '../format/check-format';
import { readRunFile } from './profile-io';

export const CHECK_HELP = `usage: tickscope check RUN.json --budget BUDGET.json [--baseline BASE.json]
                      [--scale SCALE.json] [--json]

Checks a run against a budget file in the style of Lighthouse CI assertions:
{"assertions": {"full-reads-per-tick": ["error", {"maxNumericValue": 1}], ...}}.
Metrics: full-reads-per-tick, reads-per-tick, rows-per-tick, bytes-per-tick,
duplicates-per-tick, derived-events-per-tick, tick-time-ms, time-ratio (needs
--baseline), strategy-/phase-/site-complexity (need --scale), equivalence.
Options: strategy, phase, site, maxNumericValue, minNumericValue, maxComplexity,
aggregationMethod (median|pessimistic|optimistic), allowDivergent. Levels:
off, warn, error; a key may carry #tag to repeat a metric. Prints each verdict.

exit codes:
  0  no error-level assertion failed
  1  an error-level assertion failed or could not be evaluated
  2  wrong arguments, or a file is unreadable or malformed
`;

/** `tickscope check`; resolves to the exit code above. */
export function checkCommand(args: readonly string[]): Promise<number> {
  return Promise.resolve(checkSync(args));
}

function fail(message: string, usage = false): number {
  process.stderr.write(`tickscope check: ${message}\n${usage ? `\n${CHECK_HELP}` : ''}`);
  return 2;
}

interface CheckArgs {
  run: string;
  budget: string;
  baseline?: string;
  scale?: string;
  json: boolean;
}

function parseCheckArgs(args: readonly string[]): CheckArgs | string {
  try {
    const { values: v, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        budget: { type: 'string' },
        baseline: { type: 'string' },
        scale: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [run] = positionals;
    if (positionals.length !== 1 || run === undefined || v.budget === undefined) {
      return 'give RUN.json and --budget BUDGET.json';
    }
    return {
      run,
      budget: v.budget,
      baseline: v.baseline,
      scale: v.scale,
      json: v.json === true,
    };
  } catch (e) {
    return String(e);
  }
}

function readText(path: string): Result<string, string> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (e) {
    return err(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function readScale(path: string): Result<ScaleReport, string> {
  const text = readText(path);
  if (!text.ok) {
    return text;
  }
  try {
    const parsed = scaleReportSchema.safeParse(JSON.parse(text.value));
    return parsed.success
      ? ok(parsed.data as unknown as ScaleReport)
      : err(
          `${basename(path)}: not a tickscope scale file: ${parsed.error.issues[0]?.message ?? ''}`,
        );
  } catch (e) {
    return err(`${basename(path)}: not JSON: ${String(e)}`);
  }
}

function optional<T>(path: string | undefined, read: (p: string) => Result<T, string>) {
  return path === undefined ? ok(undefined) : read(path);
}

function checkSync(args: readonly string[]): number {
  const a = parseCheckArgs(args);
  if (typeof a === 'string') {
    return fail(a, true);
  }
  const run = readRunFile(a.run);
  const budgetText = readText(a.budget);
  const baseline = optional<RunFile>(a.baseline, readRunFile);
  const scale = optional(a.scale, readScale);
  for (const r of [run, budgetText, baseline, scale]) {
    if (!r.ok) {
      return fail(r.error);
    }
  }
  if (!run.ok || !budgetText.ok || !baseline.ok || !scale.ok) {
    return 2;
  }
  const assertions = parseBudget(budgetText.value, basename(a.budget));
  if (!assertions.ok) {
    return fail(assertions.error);
  }
  const inputs = {
    run: run.value,
    ...(baseline.value ? { baseline: baseline.value } : {}),
    ...(scale.value ? { scale: scale.value } : {}),
  };
  const report = checkBudget(assertions.value, inputs);
  process.stdout.write(
    a.json ? `${JSON.stringify(report, null, 2)}\n` : checkText(report),
  );
  return report.passed ? 0 : 1;
}
