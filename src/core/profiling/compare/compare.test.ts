import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../run-file/load';
import { serializeRunFile } from '../run-file/write';
import { scriptedRun, testMeta } from '../test-runs';
import { compareRuns } from './compare';

const SLOW = [10, 10.2, 9.9, 10.1, 10, 10.3, 9.8, 10.1, 10];
const FAST = [5, 5.1, 4.9, 5, 5.2, 5, 4.8, 5.1, 5];

describe('compareRuns', () => {
  const base = scriptedRun([{ id: 'naive', ticks: 3, fullReads: 4, repTickMs: SLOW }]);
  const cand = scriptedRun([{ id: 'naive', ticks: 3, fullReads: 1, repTickMs: FAST }]);

  it('gives the speedup with its interval and a significant test on equal inputs', () => {
    const result = compareRuns(base, cand);
    expect(result.sameInput).toBe(true);
    const [s] = result.strategies;
    expect(s?.speedup.ratio).toBe(2);
    expect(s?.speedup.interval.low).toBeGreaterThan(1.8);
    expect(s?.test.pValue).toBeLessThan(0.001);
    expect(s?.significant).toBe(true);
    expect(s?.warnings).toEqual([]);
    expect(s?.summary).toMatch(/^candidate 2\.00× faster \(ratio 2\.00, 95% CI/);
  });

  it('lists per-site deltas sorted by size of change', () => {
    const [s] = compareRuns(base, cand).strategies;
    expect(s?.sites.map((d) => [d.key, d.change.reads])).toEqual([
      ['tick#2', -3],
      ['tick#3', -3],
      ['tick#4', -3],
      ['tick#1', 0],
    ]);
    expect(s?.phases.find((p) => p.key === 'sweep')?.change.reads).toBe(-9);
  });

  it('says the ledgers are identical, or where they diverge', () => {
    expect(compareRuns(base, cand).strategies[0]?.equivalence).toEqual({
      verdict: 'identical',
      ticksCompared: 3,
    });
    const stale = scriptedRun([
      {
        id: 'naive',
        ticks: 3,
        fullReads: 1,
        repTickMs: FAST,
        hashOf: (t) => (t >= 2 ? 'x' : `h${t}`),
      },
    ]);
    const eq = compareRuns(base, stale).strategies[0]?.equivalence;
    expect(eq?.verdict).toBe('diverged');
    expect(eq?.firstDivergence).toEqual({
      tick: 2,
      eventId: 102,
      baseline: { id: 102, kind: 'autonomy_tick', hash: 'h2' },
      candidate: { id: 102, kind: 'autonomy_tick', hash: 'x' },
    });
  });

  it('never calls a difference significant when the inputs differ, and lists them first', () => {
    const other = scriptedRun(
      [{ id: 'naive', ticks: 3, fullReads: 1, repTickMs: FAST }],
      {
        ledger: { ...testMeta().ledger, sha256: 'b'.repeat(64) },
      },
    );
    const result = compareRuns(base, other);
    expect(result.sameInput).toBe(false);
    expect(result.inputDifferences.map((d) => d.field)).toEqual(['input.ledger.sha256']);
    expect(result.notes[0]).toMatch(/inputs differ/);
    expect(result.strategies[0]?.significant).toBeNull();
    expect(result.strategies[0]?.summary).toMatch(
      /not called significant: the inputs differ$/,
    );
    expect(result.strategies[0]?.equivalence.verdict).toBe('unknown');
  });

  it('warns under 9 repetitions and pairs two single-strategy runs', () => {
    const before = scriptedRun([
      { id: 'before', ticks: 2, fullReads: 2, repTickMs: [3, 3] },
    ]);
    const after = scriptedRun([
      { id: 'after', ticks: 2, fullReads: 1, repTickMs: [2, 2] },
    ]);
    const [s] = compareRuns(before, after).strategies;
    expect([s?.baseline, s?.candidate]).toEqual(['before', 'after']);
    expect(s?.warnings).toEqual([
      'only 2 repetitions (fewer than 9): intervals are wide and tests weak',
    ]);
  });

  it('builds runs that validate and round-trip', () => {
    const text = serializeRunFile(base);
    expect(parseRunFile(text, 'base.json')).toEqual({ ok: true, value: base });
    expect(base.equivalence).toEqual([]);
  });
});
