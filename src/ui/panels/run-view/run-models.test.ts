import { describe, expect, it } from 'vitest';

import { scriptedRun } from '../../../core/profiling/test-runs';
import { derivedWork } from '../derived-work/derived-work-model';
import { equivalenceStrip } from '../equivalence/equivalence-model';
import { hotspotRows, siteAcrossTicks, sortHotspots } from '../hotspots/hotspots-model';
import { phaseTimings } from '../phase-timings/phase-timings-model';
import { readsPerTick } from '../reads-per-tick/reads-per-tick-model';
import { runHeadline } from '../../storage/run-headline';
import { firstTicks, splitSite } from './run-ticks';

// naive: 3 full reads per tick; incremental: 1; stale: 1 with other hashes from tick 2.
const run = scriptedRun([
  { id: 'naive', ticks: 4, fullReads: 3, repTickMs: [10, 12] },
  { id: 'incremental', ticks: 4, fullReads: 1, repTickMs: [1, 1] },
  {
    id: 'stale',
    ticks: 4,
    fullReads: 1,
    repTickMs: [1, 1],
    hashOf: (t) => (t < 2 ? `h${t}` : `x${t}`),
  },
]);
const [naive, incremental] = run.strategies;

describe('run panel models', () => {
  it('reads per tick: one stacked series per phase and op; counts or bytes; one site', () => {
    const model = readsPerTick(firstTicks(naive!), 'count', null);
    expect(model.rows).toHaveLength(4);
    expect(model.series).toEqual([
      { key: 'sweep · full-read', phase: 'sweep', op: 'full-read' },
    ]);
    expect(model.rows[0]).toEqual({ tick: 1, 'sweep · full-read': 3 });
    expect(model.max).toBe(3);
    expect(
      readsPerTick(firstTicks(naive!), 'bytes', null).rows[0]?.['sweep · full-read'],
    ).toBe(3 * 100 * 100);
    expect(readsPerTick(firstTicks(naive!), 'count', 'tick#2').rows[0]).toEqual({
      tick: 1,
      'sweep · full-read': 1,
    });
  });

  it('hotspots: per-repetition counts, duplicates and savings; sortable; one site across ticks', () => {
    const rows = hotspotRows(naive!);
    expect(rows.map((r) => r.site).sort()).toEqual(['tick#1', 'tick#2', 'tick#3']);
    const second = rows.find((r) => r.site === 'tick#2');
    expect(second).toMatchObject({ fn: 'tick', name: '2', reads: 4, analysed: true });
    expect(second?.savableMs).toBeGreaterThan(0);
    expect(
      sortHotspots(rows, { column: 'site', descending: false }).map((r) => r.site),
    ).toEqual(['tick#1', 'tick#2', 'tick#3']);
    expect(siteAcrossTicks(firstTicks(naive!), 'tick#3').map((p) => p.reads)).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('phase timings: per-tick medians over repetitions and the spread per phase', () => {
    const model = phaseTimings(naive!);
    expect(model.phases).toEqual(['sweep', 'reflect']);
    expect(model.rows[0]).toMatchObject({ tick: 1, total: 11, sweep: 5.5, reflect: 5.5 });
    expect(model.total).toMatchObject({ min: 10, max: 12, median: 11, samples: 8 });
  });

  it('derived work: zero derivations in a read-only script', () => {
    const model = derivedWork(firstTicks(incremental!), null);
    expect(model.totals.every((t) => t.count === 0)).toBe(true);
    expect(model.rows).toHaveLength(4);
  });

  it('equivalence strip: green where heads match the baseline, the divergence of stale', () => {
    const strip = equivalenceStrip(run);
    expect(strip.baseline).toBe('naive');
    const [base, inc, stale] = strip.rows;
    expect(base?.verdict).toBe('baseline');
    expect(inc?.verdict).toBe('identical');
    expect(inc?.cells.every((c) => c.state === 'match')).toBe(true);
    expect(stale?.verdict).toBe('diverged');
    expect(stale?.cells.map((c) => c.state)).toEqual([
      'match',
      'differ',
      'differ',
      'differ',
    ]);
    expect(stale?.divergence).toMatchObject({ tick: 2, eventId: 102 });
  });

  it('headline numbers and site names', () => {
    const headline = runHeadline(run);
    expect(headline.equivalence).toBe('diverged');
    expect(headline.strategies[0]).toMatchObject({
      strategy: 'naive',
      medianTickMs: 11,
      fullReadsPerTick: 3,
    });
    expect(splitSite('handle_identity_adopt#R5')).toEqual({
      fn: 'handle_identity_adopt',
      name: 'R5',
      location: null,
    });
    expect(
      splitSite('x', { function: 'Loop.tick', file: 'loop.py', line: 7 }).location,
    ).toBe('loop.py:7');
  });
});
