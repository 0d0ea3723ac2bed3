import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromeTraceSchema,
  nestingProblems,
} from '../../core/profiling/exports/trace-schema';
import {
  parseRunFile,
  parseRunFileWith,
  RUN_FILE_SPEC,
} from '../../core/profiling/run-file/load';
import { serializeRunFile } from '../../core/profiling/run-file/write';
import { captureOutput } from '../test-support/capture-output';
import { checkCommand } from './check';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { profileCommand } from './profile';
import { scaleCommand } from './scale';

const fixture = resolve(__dirname, '../../../../shared/fixtures/pmm-v1-autonomy-3299.db');

let dir: string;
const io = captureOutput();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickscope-profiling-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const path = (name: string) => join(dir, name);

async function profile(name: string, extra: string[] = []): Promise<number> {
  const args = [
    fixture,
    '--strategies',
    'naive,incremental',
    '--ticks',
    '3',
    '--reps',
    '2',
  ];
  return profileCommand([...args, ...extra, '--out', path(name)]);
}

describe('tickscope profile / compare / export / check on a real fixture', () => {
  it('profile writes a run that validates and round-trips through the upgrader', async () => {
    expect(await profile('base.json')).toBe(0);
    expect(io.errOut).toContain('naive: rep 2/2 done');
    const text = readFileSync(path('base.json'), 'utf8');
    const loaded = parseRunFile(text, 'base.json');
    if (!loaded.ok) {
      throw loaded.error;
    }
    const run = loaded.value;
    expect(run.input.ledger).toMatchObject({
      name: 'pmm-v1-autonomy-3299.db',
      sha256: '40137648cf4383d5be9a3878cb654a66d4a3276f1933b78e336261b5c0f60678',
      eventCount: 3299,
      era: 'v1',
    });
    expect(run.environment).toMatchObject({
      source: 'cli',
      runtime: 'tickscope-runtime',
    });
    expect(run.equivalence).toEqual([
      {
        strategy: 'incremental',
        baseline: 'naive',
        verdict: 'identical',
        ticksCompared: 3,
      },
    ]);
    const upgraded = parseRunFileWith(serializeRunFile(run), 'again.json', RUN_FILE_SPEC);
    expect(upgraded).toEqual({ ok: true, value: run });
    expect(io.out).toMatch(/wrote .*base\.json/);
  });

  it('profile refuses to overwrite, and refuses a v2 ledger', async () => {
    expect(await profile('base.json')).toBe(2);
    expect(io.errOut).toContain('refusing to overwrite');
    const v2 = resolve(fixture, '../pmm-v2-55.db');
    expect(await profileCommand([v2, '--out', path('v2.json')])).toBe(2);
    expect(io.errOut).toMatch(/v2 ledger/);
  });

  it('compare says the ledgers are identical and gives a speedup', async () => {
    expect(await profile('cand.json', ['--label', 'candidate'])).toBe(0);
    io.out = '';
    expect(await compareCommand([path('base.json'), path('cand.json'), '--json'])).toBe(
      0,
    );
    const cmp = JSON.parse(io.out) as {
      sameInput: boolean;
      strategies: {
        baseline: string;
        equivalence: { verdict: string };
        speedup: { ratio: number };
      }[];
    };
    expect(cmp.sameInput).toBe(true);
    expect(cmp.strategies.map((s) => [s.baseline, s.equivalence.verdict])).toEqual([
      ['naive', 'identical'],
      ['incremental', 'identical'],
    ]);
    expect(cmp.strategies[0]?.speedup.ratio).toBeGreaterThan(0);
    io.out = '';
    expect(await compareCommand([path('base.json'), path('cand.json')])).toBe(0);
    expect(io.out).toContain('equivalence: ledgers identical over 3 ticks');
    expect(io.out).toContain('warning: only 2 repetitions');
  });

  it('export writes a Chrome trace that passes the schema and nests', async () => {
    expect(
      await exportCommand([
        path('base.json'),
        '--format',
        'chrome-trace',
        '--out',
        path('t.json'),
      ]),
    ).toBe(0);
    const trace = JSON.parse(readFileSync(path('t.json'), 'utf8')) as unknown;
    const parsed = chromeTraceSchema.safeParse(trace);
    expect(parsed.success).toBe(true);
    expect(parsed.success && nestingProblems(parsed.data.traceEvents)).toEqual([]);
    expect(
      await exportCommand([
        path('base.json'),
        '--format',
        'benchmark',
        '--out',
        path('b.json'),
      ]),
    ).toBe(0);
    const bench = JSON.parse(readFileSync(path('b.json'), 'utf8')) as { name: string }[];
    expect(bench.map((b) => b.name)).toContain('incremental: full reads per tick');
    expect(
      await exportCommand([
        path('base.json'),
        '--format',
        'benchmark',
        '--out',
        path('base.json'),
      ]),
    ).toBe(2);
  });

  it('check exits 1 when an error assertion fails and 0 otherwise', async () => {
    const budget = (assertions: object) => {
      const file = path(`budget-${Object.keys(assertions).join('-')}.json`);
      writeFileSync(file, JSON.stringify({ assertions }));
      return file;
    };
    const strict = budget({ 'full-reads-per-tick': ['error', { maxNumericValue: 1 }] });
    expect(await checkCommand([path('base.json'), '--budget', strict])).toBe(1);
    expect(io.out).toMatch(/FAIL \[error\] full-reads-per-tick: naive/);
    expect(io.out).toMatch(/PASS \[error\] full-reads-per-tick: incremental/);
    const lenient = budget({
      'full-reads-per-tick#inc': [
        'error',
        { maxNumericValue: 1, strategy: 'incremental' },
      ],
      equivalence: 'error',
      'time-ratio': ['warn', { maxNumericValue: 1.1 }],
    });
    expect(
      await checkCommand([
        path('base.json'),
        '--budget',
        lenient,
        '--baseline',
        path('cand.json'),
      ]),
    ).toBe(0);
  });
});

describe('tickscope scale', () => {
  it('classifies naive as O(n) and incremental as O(1) on synthetic ledgers', async () => {
    const args = ['synthetic', '--sizes', '250,500,1000,2000', '--ticks', '3', '--json'];
    expect(await scaleCommand([...args, '--out', path('scale.json')])).toBe(0);
    const result = JSON.parse(io.out) as {
      strategies: { id: string; complexity: string }[];
    };
    expect(result.strategies.map((s) => [s.id, s.complexity])).toEqual([
      ['naive', 'O(n)'],
      ['incremental', 'O(1)'],
    ]);
    const report = JSON.parse(readFileSync(path('scale.json'), 'utf8')) as {
      notes: string[];
    };
    expect(report.notes[0]).toMatch(/synthetic/);
  });

  it('uses prefixes of a file and says when sizes go beyond it', async () => {
    const small = resolve(fixture, '../pmm-v1-stages.db');
    const args = [
      small,
      '--sizes',
      '20,40,80',
      '--ticks',
      '2',
      '--strategies',
      'incremental',
    ];
    expect(await scaleCommand([...args, '--out', path('scale-prefix.json')])).toBe(0);
    const report = JSON.parse(readFileSync(path('scale-prefix.json'), 'utf8')) as {
      sizes: { n: number; source: string }[];
      notes: string[];
    };
    expect(report.sizes.map((s) => s.source)).toEqual(['prefix', 'prefix', 'synthetic']);
    expect(report.notes.join(' ')).toMatch(/beyond the file \(80\) are synthetic/);
  });
});

describe('bad run files', () => {
  it('compare names a too-new or malformed file and exits 2', async () => {
    const base = JSON.parse(readFileSync(path('base.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(path('future.json'), JSON.stringify({ ...base, schemaVersion: 99 }));
    expect(await compareCommand([path('base.json'), path('future.json')])).toBe(2);
    expect(io.errOut).toContain(
      'future.json: run file schemaVersion 99 is newer than the newest this version reads (1)',
    );
    writeFileSync(
      path('broken.json'),
      JSON.stringify({ ...base, scenario: { ticks: -1 } }),
    );
    expect(await compareCommand([path('base.json'), path('broken.json')])).toBe(2);
    expect(io.errOut).toMatch(/broken\.json: invalid run file: scenario\.ticks: /);
  });
});
