import type { ReadLogEntry } from './types';

/**
 * A bounded ring buffer of read-log entries. Capacity is fixed at
 * construction; when full, the oldest entry is overwritten and counted in
 * `dropped`, so the log never grows silently and never hides a loss.
 *
 * @example const log = new ReadLog(2); log.push(a); log.push(b); log.push(c); log.dropped === 1
 */
export class ReadLog {
  private readonly ring: (ReadLogEntry | undefined)[];
  private start = 0;
  private length = 0;
  private droppedTotal = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`ReadLog capacity must be a positive integer, got ${capacity}`);
    }
    this.ring = new Array<ReadLogEntry | undefined>(capacity);
  }

  push(entry: ReadLogEntry): void {
    const end = (this.start + this.length) % this.capacity;
    this.ring[end] = entry;
    if (this.length < this.capacity) {
      this.length++;
      return;
    }
    this.start = (this.start + 1) % this.capacity;
    this.droppedTotal++;
  }

  get size(): number {
    return this.length;
  }

  /** Entries overwritten since construction. */
  get dropped(): number {
    return this.droppedTotal;
  }

  /** The held entries, oldest first, and empties the buffer. */
  drain(): ReadLogEntry[] {
    const out: ReadLogEntry[] = [];
    for (let i = 0; i < this.length; i++) {
      out.push(this.ring[(this.start + i) % this.capacity] as ReadLogEntry);
    }
    this.ring.fill(undefined);
    this.start = 0;
    this.length = 0;
    return out;
  }
}
