import { describe, expect, it } from 'vitest';
import { bootstrapMedianCi, ratioOfMedians } from './bootstrap';
import { erfc, mannWhitneyU } from './mann-whitney';
import { describeSample } from './describe';
import { createRng } from './rng';
import { iqr, mad, median, modifiedZScores, outlierIndices, quantile } from './summary';

describe('descriptive statistics (hand-checked, numpy type-7 quantiles)', () => {
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('p95 of 1..20 is 19.05 (h = 19 x 0.95 = 18.05)', () => {
    expect(quantile(oneToTwenty, 0.95)).toBeCloseTo(19.05, 12);
  });

  it('IQR of 1..8 is 6.25 - 2.75 = 3.5', () => {
    expect(iqr([8, 1, 7, 2, 6, 3, 5, 4])).toBe(3.5);
  });

  it('MAD and modified z-scores (Iglewicz & Hoaglin)', () => {
    const values = [1, 2, 3, 4, 100];
    expect(mad(values)).toBe(1);
    expect(modifiedZScores(values)[4]).toBeCloseTo(0.6745 * 97, 10);
    expect(outlierIndices(values)).toEqual([4]);
    expect(outlierIndices([10, 10, 10, 10])).toEqual([]);
    // MAD is 0 here, so the mean absolute deviation (1.8) takes its place.
    expect(outlierIndices([5, 5, 5, 5, 14])).toEqual([4]);
  });
});

describe('seeded bootstrap', () => {
  const sample = [10.2, 9.8, 10.5, 11.0, 9.9, 10.1, 10.4, 30.0, 10.0];

  it('is deterministic for a seed and brackets the median', () => {
    const a = bootstrapMedianCi(sample, { seed: 7 });
    expect(bootstrapMedianCi(sample, { seed: 7 })).toEqual(a);
    expect(a.low).toBeLessThanOrEqual(median(sample));
    expect(a.high).toBeGreaterThanOrEqual(median(sample));
    expect(a.level).toBe(0.95);
  });

  it('is a point for a constant sample', () => {
    expect(bootstrapMedianCi([5, 5, 5])).toEqual({ low: 5, high: 5, level: 0.95 });
  });

  it('gives the ratio of medians with an interval around it', () => {
    const base = [20, 21, 19, 22, 20, 20, 21, 19, 20];
    const candidate = [10, 10.5, 9.5, 11, 10, 10, 10.5, 9.5, 10];
    const r = ratioOfMedians(base, candidate, { seed: 3 });
    expect(r.ratio).toBe(2);
    expect(r.interval.low).toBeLessThanOrEqual(2);
    expect(r.interval.high).toBeGreaterThanOrEqual(2);
    expect(r.interval.low).toBeGreaterThan(1.7);
  });

  it('draws uniformly enough: mean of 10k draws near 0.5', () => {
    const rng = createRng(1);
    const draws = Array.from({ length: 10_000 }, () => rng.next());
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});

describe('Mann-Whitney U', () => {
  it('exact: [1,2,3] vs [4,5,6] has U = 0 and p = 2/20 = 0.1', () => {
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6])).toEqual({
      u1: 0,
      u2: 9,
      pValue: 0.1,
      method: 'exact',
    });
  });

  it('exact: 4 vs 4 interleaved, U = 6: P(U <= 6) = 24/70 -> p = 48/70', () => {
    // Counts of U = 0..6 for n1 = n2 = 4 are 1,1,2,3,5,5,7 (partitions in a 4 x 4 box; 70 in all).
    const result = mannWhitneyU([1, 3, 5, 7], [2, 4, 6, 8]);
    expect(result.u1).toBe(6);
    expect(result.pValue).toBeCloseTo(48 / 70, 12);
  });

  it('normal approximation: 1..10 vs 11..20, z = 49.5 / sqrt(175)', () => {
    const x = Array.from({ length: 10 }, (_, i) => i + 1);
    const y = Array.from({ length: 10 }, (_, i) => i + 11);
    const withTie = mannWhitneyU([...x, 20], y);
    expect(withTie.method).toBe('normal');
    const z = 49.5 / Math.sqrt(175);
    expect(erfc(z / Math.SQRT2)).toBeCloseTo(1.827e-4, 6);
  });

  it('tie correction shrinks the variance (all tied -> p = 1)', () => {
    expect(mannWhitneyU([5, 5, 5], [5, 5, 5]).pValue).toBe(1);
    const r = mannWhitneyU([1, 2, 2, 3], [2, 3, 3, 4]);
    expect(r.method).toBe('normal');
    // Ranks: 1 | 2 2 2 -> 3 | 3 3 3 -> 6 | 4 -> 8; R1 = 1+3+3+6 = 13, U1 = 3.
    expect(r.u1).toBe(3);
    // Tie term = 2 x (27 - 3) = 48; var = 16/12 x (9 - 48/56) = 10.857; z = 4.5/3.295.
    const z = 4.5 / Math.sqrt((16 / 12) * (9 - 48 / 56));
    expect(r.pValue).toBeCloseTo(erfc(z / Math.SQRT2), 12);
    expect(r.pValue).toBeCloseTo(0.1719, 3);
  });

  it('erfc matches known values', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7);
  });
});

describe('describeSample', () => {
  it('summarises and warns under 9 repetitions', () => {
    const s = describeSample([1, 2, 3]);
    expect(s).toMatchObject({
      n: 3,
      median: 2,
      min: 1,
      max: 3,
      q1: 1.5,
      q3: 2.5,
      iqr: 1,
    });
    expect(s.warning).toBe(
      'only 3 repetitions (fewer than 9): intervals are wide and tests weak',
    );
  });

  it('does not warn at 9 and marks the outlier', () => {
    const s = describeSample([10, 10, 11, 10, 9, 10, 11, 9, 40]);
    expect(s.warning).toBeUndefined();
    expect(s.outliers).toEqual([8]);
  });
});
