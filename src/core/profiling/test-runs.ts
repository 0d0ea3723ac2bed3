/**
 * Small scripted runs for tests: each tick makes `fullReads` full reads (one
 * per site `tick#1..k`) and appends one event whose hash `hashOf` chooses.
 */
import type { ReadLogEntry } from '../instrument/types';
import type { RunMeta, StrategyObservation, TickObservation } from './build-run';
import { buildRunFile } from './build-run';
import type { RunFile } from './run-file/types';

export function testMeta(overrides: Partial<RunMeta> = {}): RunMeta {
  return {
    runId: 'run-test',
    createdAt: '2026-12-03T16:30:00.000Z',
    ledger: { name: 'test.db', sha256: 'a'.repeat(64), eventCount: 100, era: 'v1' },
    environment: {
      source: 'cli',
      tickscopeVersion: '0.1.0',
      runtime: 'tickscope-runtime',
      runtimeLabel: 'tickscope-runtime',
      platform: 'test',
      timerResolutionMs: 0.001,
      cores: 2,
    },
    scenario: { ticks: 3, turnEvery: 0, seed: 1, reps: 1 },
    ...overrides,
  };
}

export interface ScriptedStrategy {
  readonly id: string;
  readonly ticks: number;
  readonly fullReads: number;
  /** Per repetition, each tick's duration in ms. */
  readonly repTickMs: readonly number[];
  readonly hashOf?: (tick: number) => string;
}

function tickEntries(
  tick: number,
  fullReads: number,
  ledgerSize: number,
): ReadLogEntry[] {
  return Array.from({ length: fullReads }, (_, i) => ({
    seq: i,
    tick,
    phase: 'sweep',
    site: `tick#${i + 1}`,
    group: 'tick' as const,
    op: 'full-read' as const,
    rows: ledgerSize,
    bytes: ledgerSize * 100,
    durationMs: 0.1,
    args: '',
    maxIdAtRead: ledgerSize,
  }));
}

function scriptedTick(s: ScriptedStrategy, tick: number, ms: number): TickObservation {
  const headId = 100 + tick;
  const hash = (s.hashOf ?? ((t: number) => `h${t}`))(tick);
  return {
    tick,
    durationMs: ms,
    phases: [
      { name: 'sweep', durationMs: ms / 2 },
      { name: 'reflect', durationMs: ms / 2 },
    ],
    entries: tickEntries(tick, s.fullReads, headId - 1),
    eventsAppended: 1,
    headId,
    headHash: hash,
    appended: [{ id: headId, kind: 'autonomy_tick', hash }],
  };
}

export function scriptedStrategy(s: ScriptedStrategy): StrategyObservation {
  return {
    id: s.id,
    label: s.id,
    repetitions: s.repTickMs.map((ms) =>
      Array.from({ length: s.ticks }, (_, i) => scriptedTick(s, i + 1, ms)),
    ),
  };
}

export function scriptedRun(
  strategies: readonly ScriptedStrategy[],
  meta: Partial<RunMeta> = {},
): RunFile {
  return buildRunFile(testMeta(meta), strategies.map(scriptedStrategy));
}
