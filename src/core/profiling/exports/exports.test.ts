import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../run-file/load';
import { scriptedRun } from '../test-runs';
import { toBenchmarkResults } from './benchmark';
import { toChromeTrace } from './chrome-trace';
import { chromeTraceSchema, nestingProblems } from './trace-schema';

const run = scriptedRun([
  { id: 'naive', ticks: 3, fullReads: 4, repTickMs: [2, 2.2] },
  { id: 'incremental', ticks: 3, fullReads: 1, repTickMs: [1, 1.1] },
]);

describe('toChromeTrace', () => {
  const trace = toChromeTrace(run);

  it('passes the Trace Event schema and nests on every thread', () => {
    const parsed = chromeTraceSchema.safeParse(JSON.parse(JSON.stringify(trace)));
    expect(parsed.success).toBe(true);
    expect(nestingProblems(trace.traceEvents)).toEqual([]);
  });

  it('names processes after strategies and threads after repetitions', () => {
    const names = trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name.endsWith('_name'))
      .map((e) => [e.name, e.pid, e.tid, e.args?.['name']]);
    expect(names).toEqual([
      ['process_name', 1, 0, 'naive'],
      ['thread_name', 1, 1, 'rep 0'],
      ['thread_name', 1, 2, 'rep 1'],
      ['process_name', 2, 0, 'incremental'],
      ['thread_name', 2, 1, 'rep 0'],
      ['thread_name', 2, 2, 'rep 1'],
    ]);
  });

  it('lays ticks end to end in microseconds with phases and reads inside', () => {
    const rep0 = trace.traceEvents.filter(
      (e) => e.ph === 'X' && e.pid === 1 && e.tid === 1,
    );
    const ticks = rep0.filter((e) => e.cat === 'tick').map((e) => [e.name, e.ts, e.dur]);
    expect(ticks).toEqual([
      ['tick 1', 0, 2000],
      ['tick 2', 2000, 2000],
      ['tick 3', 4000, 2000],
    ]);
    const reads = rep0.filter((e) => e.cat === 'full-read');
    expect(reads).toHaveLength(12);
    expect(reads[0]).toMatchObject({ name: 'tick#1 full-read', ts: 0, dur: 100 });
  });

  it('opens a run loaded from the v1 fixture', () => {
    const text = readFileSync(
      path.join(__dirname, '../run-file/fixtures/run-v1.json'),
      'utf8',
    );
    const loaded = parseRunFile(text, 'run-v1.json');
    if (!loaded.ok) {
      throw loaded.error;
    }
    const fixtureTrace = toChromeTrace(loaded.value);
    expect(chromeTraceSchema.safeParse(fixtureTrace).success).toBe(true);
    expect(nestingProblems(fixtureTrace.traceEvents)).toEqual([]);
  });
});

describe('trace schema checks', () => {
  it('rejects an event without a timestamp or with a negative duration', () => {
    const bad = { traceEvents: [{ name: 'a', ph: 'X', pid: 1, tid: 1, dur: -1 }] };
    expect(chromeTraceSchema.safeParse(bad).success).toBe(false);
  });

  it('reports overlapping siblings', () => {
    const events = [
      { name: 'a', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 10 },
      { name: 'b', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 10 },
    ];
    expect(nestingProblems(events)).toEqual(['pid 1 tid 1: b (ts 5) overlaps a']);
  });
});

describe('toBenchmarkResults', () => {
  it('writes customSmallerIsBetter entries per strategy', () => {
    const results = toBenchmarkResults(run);
    expect(results).toHaveLength(10);
    expect(results[0]).toEqual({
      name: 'naive: median tick time',
      unit: 'ms',
      value: 2.1,
      range: '± 0.1',
      extra: 'test.db, 2 reps x 3 ticks',
    });
    expect(
      results.find((r) => r.name === 'incremental: full reads per tick')?.value,
    ).toBe(1);
    expect(results.find((r) => r.name === 'naive: full reads per tick')?.value).toBe(4);
    for (const r of results) {
      expect(
        Object.keys(r).every((k) =>
          ['name', 'unit', 'value', 'range', 'extra'].includes(k),
        ),
      ).toBe(true);
      expect(typeof r.value).toBe('number');
    }
  });
});
