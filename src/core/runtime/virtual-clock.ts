import { formatLedgerTs } from '../ledger/ts-format';
import type { LedgerEra } from '../ledger/types';

/**
 * The runtime's time: tick k starts at `start + (k - 1) * interval`, and
 * every append inside the tick takes the next microsecond, so ts values grow
 * like PMM's wall clock without reading one. Formatted per era.
 *
 * @example const c = new VirtualClock('v1', lastMicros, 1800); c.beginTick(1); c.nextTs()
 */
export class VirtualClock {
  private nowMicros: bigint;

  constructor(
    private readonly era: LedgerEra,
    private readonly startMicros: bigint,
    private readonly intervalSeconds: number,
  ) {
    this.nowMicros = startMicros;
  }

  /** Tick 0 (construction) and tick k>=1 start one interval apart. */
  beginTick(k: number): void {
    const interval = BigInt(Math.round(this.intervalSeconds * 1e6));
    this.nowMicros = this.startMicros + BigInt(k) * interval;
  }

  /** The ts of the next append; advances one microsecond. */
  nextTs(): string {
    const ts = formatLedgerTs(this.era, this.nowMicros);
    this.nowMicros += 1n;
    return ts;
  }

  /** Epoch seconds now, as PMM's `time.time()` would read. */
  nowSeconds(): number {
    return Number(this.nowMicros) / 1e6;
  }
}
