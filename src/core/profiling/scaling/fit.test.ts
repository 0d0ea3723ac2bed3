import { describe, expect, it } from 'vitest';
import { compareComplexity, fitScaling, leastSquares, parseComplexity } from './fit';

const SIZES = [1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

function points(f: (n: number) => number) {
  return SIZES.map((n) => ({ n, y: f(n) }));
}

describe('fitScaling', () => {
  it('least squares recovers a known line', () => {
    expect(leastSquares([1, 2, 3], [3, 5, 7])).toEqual({ intercept: 1, slope: 2, r2: 1 });
  });

  it.each([
    ['O(1)', () => 40],
    ['O(log n)', (n: number) => 5 + 3 * Math.log(n)],
    ['O(n)', (n: number) => 17 * n + 300],
    ['O(n log n)', (n: number) => n * Math.log(n)],
    ['O(n²)', (n: number) => n * n + 10 * n],
  ])('classifies exact %s data', (expected, f) => {
    const fit = fitScaling(points(f));
    expect(fit.complexity).toBe(expected);
    expect(fit.r2).toBeGreaterThan(0.999);
    expect(fit.r2).toBeLessThanOrEqual(1);
  });

  it('reports the log-log slope', () => {
    expect(fitScaling(points((n) => 3 * n)).slope).toBeCloseTo(1, 12);
    expect(fitScaling(points((n) => n * n)).slope).toBeCloseTo(2, 12);
    expect(fitScaling(points(() => 0)).slope).toBe(0);
  });

  it('calls noisy flat data O(1)', () => {
    const noisy = [10, 11, 9.5, 10.4, 10.1, 9.8, 10.6];
    expect(fitScaling(SIZES.map((n, i) => ({ n, y: noisy[i] ?? 0 }))).complexity).toBe(
      'O(1)',
    );
  });

  it('orders and parses classes', () => {
    expect(compareComplexity('O(n log n)', 'O(n)')).toBe(1);
    expect(compareComplexity('O(1)', 'O(1)')).toBe(0);
    expect(parseComplexity('O(n^2)')).toBe('O(n²)');
    expect(parseComplexity('O(n  log n)')).toBe('O(n log n)');
    expect(parseComplexity('O(n!)')).toBeNull();
  });
});
