/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always
 * gives the same sequence, so bootstrap intervals are reproducible.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  nextInt(n: number): number;
}

/**
 * Example: `createRng(42).nextInt(10)` is the same on every run and platform.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return { next, nextInt: (n) => Math.floor(next() * n) };
}
