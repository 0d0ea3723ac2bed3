/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on
 * every platform, which the synthetic ledgers' byte-for-byte determinism
 * depends on. Not for anything security-related.
 */
export class SeededRng {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** 32 lowercase hex digits, the shape of PMM's `uuid4().hex` commitment ids. */
  hex32(): string {
    let out = '';
    for (let i = 0; i < 4; i++) {
      out += (Math.floor(this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
    }
    return out;
  }
}
