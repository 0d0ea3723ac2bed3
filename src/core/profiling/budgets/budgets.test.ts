import { describe, expect, it } from 'vitest';
import { buildRunFile } from '../build-run';
import type { ScaleReport } from '../scaling/report';
import { scriptedRun, scriptedStrategy, testMeta } from '../test-runs';
import { checkBudget } from './check';
import { parseBudget } from './schema';

function budget(assertions: object) {
  const parsed = parseBudget(JSON.stringify({ assertions }), 'budget.json');
  if (!parsed.ok) {
    throw new Error(parsed.error);
  }
  return parsed.value;
}

const SLOW = [10, 10.2, 9.9, 10.1, 10, 10.3, 9.8, 10.1, 10];
const FAST = [5, 5.1, 4.9, 5, 5.2, 5, 4.8, 5.1, 5];
const run = scriptedRun([
  { id: 'naive', ticks: 3, fullReads: 4, repTickMs: FAST },
  { id: 'incremental', ticks: 3, fullReads: 1, repTickMs: FAST },
  { id: 'stale', ticks: 3, fullReads: 1, repTickMs: FAST, hashOf: (t) => `s${t}` },
]);

describe('parseBudget', () => {
  it('accepts levels and [level, options]', () => {
    expect(budget({ 'full-reads-per-tick': 'warn', 'tick-time-ms#x': ['off'] })).toEqual([
      {
        key: 'full-reads-per-tick',
        metric: 'full-reads-per-tick',
        level: 'warn',
        options: {},
      },
      { key: 'tick-time-ms#x', metric: 'tick-time-ms', level: 'off', options: {} },
    ]);
  });

  it('names the path of a bad entry', () => {
    const bad = parseBudget('{"assertions":{"reads-per-tick":["fatal"]}}', 'b.json');
    expect(!bad.ok && bad.error).toMatch(
      /^b\.json: invalid budget: assertions\.reads-per-tick/,
    );
    const unknown = parseBudget('{"assertions":{"speed":"warn"}}', 'b.json');
    expect(!unknown.ok && unknown.error).toMatch(/unknown metric/);
  });
});

describe('checkBudget', () => {
  it('checks full reads per tick per strategy and fails on error', () => {
    const report = checkBudget(
      budget({ 'full-reads-per-tick': ['error', { maxNumericValue: 1 }] }),
      { run },
    );
    expect(report.verdicts.map((v) => [v.subject, v.status, v.actual])).toEqual([
      ['naive', 'fail', 4],
      ['incremental', 'pass', 1],
      ['stale', 'pass', 1],
    ]);
    expect(report).toMatchObject({ errors: 1, warnings: 0, passed: false });
  });

  it('passes a warn-only failure', () => {
    const report = checkBudget(
      budget({
        'full-reads-per-tick': ['warn', { maxNumericValue: 1, strategy: 'naive' }],
      }),
      { run },
    );
    expect(report).toMatchObject({ errors: 0, warnings: 1, passed: true });
  });

  it('checks equivalence, allowing the pitfall strategy', () => {
    const strict = checkBudget(budget({ equivalence: 'error' }), { run });
    expect(strict.verdicts.map((v) => [v.subject, v.status])).toEqual([
      ['incremental vs naive', 'pass'],
      ['stale vs naive', 'fail'],
    ]);
    const lenient = checkBudget(
      budget({ equivalence: ['error', { allowDivergent: ['stale'] }] }),
      {
        run,
      },
    );
    expect(lenient.passed).toBe(true);
  });

  it('checks the time ratio to a baseline, median or pessimistic', () => {
    const baseline = scriptedRun([
      { id: 'naive', ticks: 3, fullReads: 4, repTickMs: SLOW },
    ]);
    const slower = buildRunFile(testMeta(), [
      scriptedStrategy({
        id: 'naive',
        ticks: 3,
        fullReads: 4,
        repTickMs: SLOW.map((v) => v * 1.2),
      }),
    ]);
    const assertions = budget({
      'time-ratio': ['error', { maxNumericValue: 1.1 }],
      'time-ratio#p': [
        'error',
        { maxNumericValue: 1.1, aggregationMethod: 'pessimistic' },
      ],
    });
    const ok = checkBudget(assertions, { run, baseline });
    expect(ok.verdicts.map((v) => [v.key, v.status, v.actual])).toEqual([
      ['time-ratio', 'pass', 0.5],
      ['time-ratio#p', 'pass', expect.any(Number)],
    ]);
    const bad = checkBudget(assertions, { run: slower, baseline });
    expect(bad.verdicts.map((v) => [v.status, v.actual])).toEqual([
      ['fail', 1.2],
      ['fail', expect.any(Number)],
    ]);
  });

  it('will not compute a time ratio across different inputs', () => {
    const other = scriptedRun(
      [{ id: 'naive', ticks: 3, fullReads: 4, repTickMs: SLOW }],
      {
        ledger: { ...testMeta().ledger, sha256: 'c'.repeat(64) },
      },
    );
    const report = checkBudget(
      budget({ 'time-ratio': ['error', { maxNumericValue: 1.1 }] }),
      {
        run,
        baseline: other,
      },
    );
    expect(report.verdicts[0]?.status).toBe('not-evaluated');
    expect(report.verdicts[0]?.message).toMatch(
      /input differs \(input\.ledger\.sha256\)/,
    );
    expect(report.passed).toBe(false);
  });

  it('checks complexity classes from a scale report', () => {
    const fit = (key: string, complexity: 'O(1)' | 'O(n)') => ({
      key,
      slope: 1,
      complexity,
      r2: 1,
    });
    const scale = {
      strategies: [
        {
          id: 'naive',
          headline: fit('workPerTick', 'O(n)'),
          phases: [fit('snapshot', 'O(n)')],
          sites: [],
        },
        {
          id: 'incremental',
          headline: fit('workPerTick', 'O(1)'),
          phases: [fit('snapshot', 'O(1)')],
          sites: [],
        },
      ],
    } as unknown as ScaleReport;
    const report = checkBudget(
      budget({
        'strategy-complexity': [
          'error',
          { maxComplexity: 'O(1)', strategy: 'incremental' },
        ],
        'phase-complexity': ['warn', { maxComplexity: 'O(1)', phase: 'snapshot' }],
      }),
      { run, scale },
    );
    expect(report.verdicts.map((v) => [v.key, v.subject, v.status])).toEqual([
      ['strategy-complexity', 'incremental workPerTick', 'pass'],
      ['phase-complexity', 'naive snapshot', 'fail'],
      ['phase-complexity', 'incremental snapshot', 'pass'],
      ['phase-complexity', 'stale', 'not-evaluated'],
    ]);
  });

  it('reports off assertions without evaluating them', () => {
    const report = checkBudget(budget({ 'bytes-per-tick': 'off' }), { run });
    expect(report.verdicts).toEqual([
      expect.objectContaining({ status: 'off', key: 'bytes-per-tick' }),
    ]);
  });
});
