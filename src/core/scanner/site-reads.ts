import type { SiteGroup } from '../instrument/types';
import type { RunStrategy } from '../profiling/run-file/types';

/** What one site group read per tick in one strategy of a profiling run. */
export interface GroupReadsPerTick {
  /** Ticks averaged over (the first repetition's; counts repeat across repetitions). */
  readonly ticks: number;
  /** Mean read operations of the group per tick, every read op. */
  readonly reads: number;
  /** Mean `full-read` operations per tick: what a static `read_all` count predicts. */
  readonly fullReads: number;
}

/**
 * Averages the reads a site group made per tick, for putting a function's
 * static call count beside what the profiled run did.
 *
 * @example
 * groupReadsPerTick(run.strategies[0], 'tick') // { ticks: 20, reads: 15, fullReads: 10 }
 */
export function groupReadsPerTick(
  strategy: RunStrategy,
  group: SiteGroup,
): GroupReadsPerTick {
  const ticks = strategy.repetitions[0]?.ticks ?? [];
  let reads = 0;
  let fullReads = 0;
  for (const tick of ticks) {
    for (const aggregate of tick.reads) {
      if (aggregate.group === group) {
        reads += aggregate.count;
        fullReads += aggregate.op === 'full-read' ? aggregate.count : 0;
      }
    }
  }
  const mean = (total: number) => (ticks.length === 0 ? 0 : total / ticks.length);
  return { ticks: ticks.length, reads: mean(reads), fullReads: mean(fullReads) };
}
