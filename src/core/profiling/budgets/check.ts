/**
 * Checks budget assertions against a run (and, for the assertions that need
 * them, a baseline run and a scale report). Every assertion gives one verdict
 * per strategy (or per phase/site): pass, fail, not-evaluated (an input is
 * missing or the inputs differ) or off. An `error` assertion that fails or
 * cannot be evaluated fails the check.
 */
import { compareRuns } from '../compare/compare';
import type { RunFile, RunOpAggregate, RunStrategy, RunTick } from '../run-file/types';
import type { ComplexityClass } from '../scaling/fit';
import { compareComplexity } from '../scaling/fit';
import type { NamedFit, ScaleReport } from '../scaling/report';
import { median } from '../stats/summary';
import type { BudgetAssertion, BudgetLevel, BudgetMetric, BudgetOptions } from './schema';

export type VerdictStatus = 'pass' | 'fail' | 'not-evaluated' | 'off';

export interface BudgetVerdict {
  readonly key: string;
  readonly metric: BudgetMetric;
  readonly level: BudgetLevel;
  readonly status: VerdictStatus;
  /** The strategy, and the phase or site when the assertion names one. */
  readonly subject: string;
  readonly actual: number | string | null;
  readonly expected: string;
  readonly message: string;
}

export interface BudgetReport {
  readonly verdicts: readonly BudgetVerdict[];
  /** `error` assertions that failed or could not be evaluated. */
  readonly errors: number;
  /** `warn` assertions that failed or could not be evaluated. */
  readonly warnings: number;
  readonly passed: boolean;
}

export interface BudgetInputs {
  readonly run: RunFile;
  readonly baseline?: RunFile;
  readonly scale?: ScaleReport;
}

type Partial = Omit<BudgetVerdict, 'key' | 'metric' | 'level'>;

/**
 * Example: `checkBudget(parseBudget(text, 'b.json').value, { run }).passed`.
 */
export function checkBudget(
  assertions: readonly BudgetAssertion[],
  inputs: BudgetInputs,
): BudgetReport {
  const verdicts = assertions.flatMap((a) =>
    evaluate(a, inputs).map((v) => ({
      key: a.key,
      metric: a.metric,
      level: a.level,
      ...v,
    })),
  );
  const failing = (level: BudgetLevel) =>
    verdicts.filter(
      (v) => v.level === level && (v.status === 'fail' || v.status === 'not-evaluated'),
    ).length;
  const errors = failing('error');
  return { verdicts, errors, warnings: failing('warn'), passed: errors === 0 };
}

function evaluate(a: BudgetAssertion, inputs: BudgetInputs): Partial[] {
  if (a.level === 'off') {
    return [{ status: 'off', subject: '-', actual: null, expected: '-', message: 'off' }];
  }
  const strategies = selectStrategies(inputs.run, a.options);
  if (strategies.length === 0) {
    return [missing('-', `no strategy ${a.options.strategy ?? ''} in the run`)];
  }
  switch (a.metric) {
    case 'time-ratio':
      return timeRatio(a.options, inputs);
    case 'strategy-complexity':
    case 'phase-complexity':
    case 'site-complexity':
      return complexityVerdicts(a.metric, a.options, strategies, inputs.scale);
    case 'equivalence':
      return equivalence(a.options, inputs.run, strategies);
    case 'full-reads-per-tick':
    case 'reads-per-tick':
    case 'rows-per-tick':
    case 'bytes-per-tick':
    case 'duplicates-per-tick':
    case 'derived-events-per-tick':
    case 'tick-time-ms': {
      const metric = a.metric;
      return strategies.map((s) => perTickVerdict(metric, a.options, s));
    }
  }
}

function selectStrategies(run: RunFile, options: BudgetOptions): RunStrategy[] {
  return run.strategies.filter(
    (s) => options.strategy === undefined || s.id === options.strategy,
  );
}

function missing(subject: string, why: string): Partial {
  return { status: 'not-evaluated', subject, actual: null, expected: '-', message: why };
}

function numeric(
  subject: string,
  actual: number,
  options: BudgetOptions,
  what: string,
): Partial {
  const { maxNumericValue: max, minNumericValue: min } = options;
  if (max === undefined && min === undefined) {
    return missing(subject, 'no maxNumericValue or minNumericValue given');
  }
  const expected = [
    max !== undefined ? `<= ${max}` : '',
    min !== undefined ? `>= ${min}` : '',
  ]
    .filter((s) => s !== '')
    .join(' and ');
  const pass =
    (max === undefined || actual <= max) && (min === undefined || actual >= min);
  const shown = Math.round(actual * 1000) / 1000;
  const message = `${subject}: ${what} ${shown} ${pass ? 'within' : 'outside'} ${expected}`;
  return { status: pass ? 'pass' : 'fail', subject, actual: shown, expected, message };
}

// ---- per-tick metrics ------------------------------------------------------

function matches(a: RunOpAggregate, options: BudgetOptions): boolean {
  return (
    (options.phase === undefined || a.phase === options.phase) &&
    (options.site === undefined || a.site === options.site)
  );
}

type TickMetric = Exclude<
  BudgetMetric,
  | 'time-ratio'
  | 'strategy-complexity'
  | 'phase-complexity'
  | 'site-complexity'
  | 'equivalence'
>;

function tickValue(metric: TickMetric, tick: RunTick, options: BudgetOptions): number {
  const reads = tick.reads.filter((a) => matches(a, options));
  const sum = (items: readonly RunOpAggregate[], f: (a: RunOpAggregate) => number) =>
    items.reduce((total, a) => total + f(a), 0);
  switch (metric) {
    case 'full-reads-per-tick':
      return sum(
        reads.filter((a) => a.op === 'full-read'),
        (a) => a.count,
      );
    case 'reads-per-tick':
      return sum(reads, (a) => a.count);
    case 'rows-per-tick':
      return sum(reads, (a) => a.rows);
    case 'bytes-per-tick':
      return sum(reads, (a) => a.bytes);
    case 'duplicates-per-tick':
      return sum(
        [...reads, ...tick.derivations.filter((a) => matches(a, options))],
        (a) => a.redundancy?.duplicates ?? 0,
      );
    case 'derived-events-per-tick':
      return sum(
        tick.derivations.filter((a) => matches(a, options)),
        (a) => a.rows,
      );
    case 'tick-time-ms':
      return tick.durationMs;
  }
}

function aggregate(values: readonly number[], options: BudgetOptions): number {
  switch (options.aggregationMethod ?? 'median') {
    case 'pessimistic':
      return Math.max(...values);
    case 'optimistic':
      return Math.min(...values);
    case 'median':
      return median(values);
  }
}

function subjectOf(strategy: string, options: BudgetOptions): string {
  const where = [options.phase, options.site].filter((s) => s !== undefined).join(' / ');
  return where === '' ? strategy : `${strategy} ${where}`;
}

function perTickVerdict(
  metric: TickMetric,
  options: BudgetOptions,
  s: RunStrategy,
): Partial {
  const timed = metric === 'tick-time-ms';
  const ticks = timed
    ? s.repetitions.flatMap((r) => r.ticks)
    : (s.repetitions[0]?.ticks ?? []);
  const subject = subjectOf(s.id, options);
  if (ticks.length === 0) {
    return missing(subject, 'the strategy has no ticks');
  }
  const value = aggregate(
    ticks.map((t) => tickValue(metric, t, options)),
    options,
  );
  const what = `${options.aggregationMethod ?? 'median'} ${metric}`;
  return numeric(subject, value, options, what);
}

// ---- time ratio against a baseline run -------------------------------------

function timeRatio(options: BudgetOptions, inputs: BudgetInputs): Partial[] {
  if (inputs.baseline === undefined) {
    return [missing('-', 'time-ratio needs a baseline run (--baseline BASE.json)')];
  }
  const cmp = compareRuns(inputs.baseline, inputs.run);
  if (!cmp.sameInput) {
    return [
      missing(
        '-',
        `the baseline's input differs (${cmp.inputDifferences.map((d) => d.field).join(', ') || 'runtime'}): a time ratio would mean nothing`,
      ),
    ];
  }
  const chosen = cmp.strategies.filter(
    (s) => options.strategy === undefined || s.candidate === options.strategy,
  );
  if (chosen.length === 0) {
    return [missing('-', 'no strategy of the run pairs with one of the baseline')];
  }
  return chosen.map((s) => {
    // The run is the candidate: its time over the baseline's is 1 / speedup.
    const method = options.aggregationMethod ?? 'median';
    const bounds = {
      pessimistic: s.speedup.interval.low,
      optimistic: s.speedup.interval.high,
    };
    const bound = method === 'median' ? s.speedup.ratio : bounds[method];
    return numeric(
      s.candidate,
      1 / bound,
      options,
      `${method} time ratio to the baseline`,
    );
  });
}

// ---- complexity from a scale report ----------------------------------------

function complexityVerdicts(
  metric: 'strategy-complexity' | 'phase-complexity' | 'site-complexity',
  options: BudgetOptions,
  strategies: readonly RunStrategy[],
  scale: ScaleReport | undefined,
): Partial[] {
  if (scale === undefined) {
    return [missing('-', `${metric} needs a scale report (--scale SCALE.json)`)];
  }
  const limit = options.maxComplexity;
  if (limit === undefined) {
    return [missing('-', 'no maxComplexity given')];
  }
  return strategies.flatMap((s) => {
    const scaled = scale.strategies.find((x) => x.id === s.id);
    if (scaled === undefined) {
      return [missing(s.id, `the scale report has no strategy ${s.id}`)];
    }
    return fitsFor(metric, options, scaled).map((fit) =>
      complexityVerdict(s.id, fit, limit),
    );
  });
}

function fitsFor(
  metric: 'strategy-complexity' | 'phase-complexity' | 'site-complexity',
  options: BudgetOptions,
  scaled: ScaleReport['strategies'][number],
): NamedFit[] {
  if (metric === 'strategy-complexity') {
    return [scaled.headline];
  }
  const list = metric === 'phase-complexity' ? scaled.phases : scaled.sites;
  const wanted = metric === 'phase-complexity' ? options.phase : options.site;
  return list.filter((f) => wanted === undefined || f.key === wanted);
}

function complexityVerdict(
  strategy: string,
  fit: NamedFit,
  limit: ComplexityClass,
): Partial {
  const pass = compareComplexity(fit.complexity, limit) <= 0;
  const subject = `${strategy} ${fit.key}`;
  const detail = `slope ${fit.slope.toFixed(2)}, fit ${fit.r2.toFixed(3)}`;
  const message = `${subject}: ${fit.complexity} (${detail}) ${pass ? 'within' : 'above'} ${limit}`;
  return {
    status: pass ? 'pass' : 'fail',
    subject,
    actual: fit.complexity,
    expected: `<= ${limit}`,
    message,
  };
}

// ---- equivalence -------------------------------------------------------------

function equivalence(
  options: BudgetOptions,
  run: RunFile,
  strategies: readonly RunStrategy[],
): Partial[] {
  const allowed = new Set(options.allowDivergent ?? []);
  const ids = new Set(strategies.map((s) => s.id));
  return run.equivalence
    .filter((e) => ids.has(e.strategy))
    .map((e) => {
      const subject = `${e.strategy} vs ${e.baseline}`;
      if (e.verdict === 'unchecked') {
        return missing(subject, `${subject}: not checked${e.note ? ` (${e.note})` : ''}`);
      }
      const pass = e.verdict === 'identical' || allowed.has(e.strategy);
      const at = e.firstDivergence ? ` at event ${e.firstDivergence.eventId}` : '';
      const message = `${subject}: ${e.verdict}${at}${allowed.has(e.strategy) && e.verdict === 'diverged' ? ' (allowed)' : ''}`;
      return {
        status: pass ? 'pass' : 'fail',
        subject,
        actual: e.verdict,
        expected: 'identical',
        message,
      };
    });
}
