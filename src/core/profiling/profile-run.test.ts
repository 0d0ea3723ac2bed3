import { describe, expect, it } from 'vitest';
import { generateSyntheticRows } from '../ledger/synthetic/generator';
import { MemoryLedgerStore } from '../ledger/memory-store';
import { DEFAULT_SCENARIO } from '../runtime/scenario';
import { buildRunFile } from './build-run';
import { compareRuns } from './compare/compare';
import { findFindings } from './findings';
import { profileStrategies } from './profile-run';
import { parseRunFile } from './run-file/load';
import { serializeRunFile } from './run-file/write';
import { testMeta } from './test-runs';

/** A clock that advances 0.01 ms per reading: deterministic times. */
function steppingClock() {
  let t = 0;
  return { now: () => (t += 0.01) };
}

const rows = [...generateSyntheticRows({ events: 400, seed: 7 })];

function profile(strategies: ('naive' | 'incremental' | 'stale')[], reps = 2) {
  const result = profileStrategies({
    file: 'synthetic-400',
    openCopy: () => new MemoryLedgerStore(rows),
    strategies,
    scenario: { ...DEFAULT_SCENARIO, ticks: 6 },
    reps,
    clock: steppingClock(),
  });
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}

describe('profileStrategies on the real runtime', () => {
  const { observations, notes } = profile(['naive', 'incremental', 'stale']);
  const run = buildRunFile(
    testMeta({ scenario: { ticks: 6, turnEvery: 3, seed: '1', reps: 2 } }),
    observations,
  );

  it('records every tick of every repetition and no dropped entries', () => {
    expect(notes).toEqual([]);
    expect(run.strategies.map((s) => s.repetitions.map((r) => r.ticks.length))).toEqual([
      [6, 6],
      [6, 6],
      [6, 6],
    ]);
  });

  it('counts exactly the entries the recorder logged', () => {
    const tick = observations[0]?.repetitions[0]?.[0];
    const record = run.strategies[0]?.repetitions[0]?.ticks[0];
    const counted = [...(record?.reads ?? []), ...(record?.derivations ?? [])].reduce(
      (sum, a) => sum + a.count,
      0,
    );
    expect(counted).toBe(tick?.entries.length);
    expect(record?.eventsAppended).toBe(record?.appended?.length);
  });

  it('validates and round-trips', () => {
    const again = parseRunFile(serializeRunFile(run), 'run.json');
    expect(again).toEqual({ ok: true, value: run });
  });

  it('finds incremental identical to naive and stale diverged', () => {
    expect(run.equivalence.map((e) => [e.strategy, e.verdict])).toEqual([
      ['incremental', 'identical'],
      ['stale', 'diverged'],
    ]);
    expect(run.equivalence[1]?.firstDivergence?.eventId).toBeGreaterThan(400);
  });

  it('naive reads the whole ledger repeatedly; incremental does not', () => {
    const naive = findFindings(run.strategies[0]?.repetitions[0]?.ticks ?? []);
    expect(naive.some((f) => f.rule === 'full-reads-per-tick')).toBe(true);
    const fullReads = (i: number) =>
      run.strategies[i]?.repetitions[0]?.ticks[2]?.reads
        .filter((a) => a.op === 'full-read')
        .reduce((s, a) => s + a.count, 0);
    expect(fullReads(0)).toBeGreaterThan(1);
    expect(fullReads(1)).toBe(0);
  });

  it('compares two runs of the same input', () => {
    const cmp = compareRuns(run, run);
    expect(cmp.sameInput).toBe(true);
    expect(cmp.strategies.map((s) => s.equivalence.verdict)).toEqual([
      'identical',
      'identical',
      'identical',
    ]);
  });
});
