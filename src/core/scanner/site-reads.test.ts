import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { RunStrategy, RunTick } from '../profiling/run-file/types';
import { groupReadsPerTick } from './site-reads';

const fixture = JSON.parse(
  readFileSync(join(__dirname, '../profiling/run-file/fixtures/run-v1.json'), 'utf8'),
) as { strategies: RunStrategy[] };

function tickWith(reads: [string, RunTick['reads'][number]['op'], number][]): RunTick {
  const base = { phase: 'p', site: 's', rows: 0, bytes: 0, durationMs: 0 };
  return {
    tick: 1,
    durationMs: 0,
    phases: [],
    reads: reads.map(([group, op, count]) => ({ ...base, group, op, count }) as never),
    derivations: [],
    eventsAppended: 0,
    headId: 0,
    headHash: null,
  };
}

describe('groupReadsPerTick', () => {
  it('reads the run file fixture', () => {
    const naive = fixture.strategies[0] as RunStrategy;
    expect(groupReadsPerTick(naive, 'tick')).toEqual({
      ticks: 1,
      reads: 2,
      fullReads: 2,
    });
    expect(groupReadsPerTick(naive, 'rebind')).toEqual({
      ticks: 1,
      reads: 0,
      fullReads: 0,
    });
  });

  it('averages over the first repetition and counts full reads apart', () => {
    const strategy: RunStrategy = {
      id: 's',
      label: 's',
      external: false,
      repetitions: [
        {
          rep: 0,
          ticks: [
            tickWith([
              ['tick', 'full-read', 3],
              ['tick', 'tail-read', 1],
              ['maybe_reflect', 'full-read', 5],
            ]),
            tickWith([['tick', 'full-read', 1]]),
          ],
        },
        { rep: 1, ticks: [tickWith([['tick', 'full-read', 100]])] },
      ],
    };
    expect(groupReadsPerTick(strategy, 'tick')).toEqual({
      ticks: 2,
      reads: 2.5,
      fullReads: 2,
    });
  });

  it('is zero for a strategy without ticks', () => {
    const empty: RunStrategy = { id: 'e', label: 'e', external: false, repetitions: [] };
    expect(groupReadsPerTick(empty, 'tick')).toEqual({
      ticks: 0,
      reads: 0,
      fullReads: 0,
    });
  });
});
