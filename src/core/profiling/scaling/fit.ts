/**
 * Complexity classes from measurements at several sizes.
 *
 * Two pieces of evidence decide together:
 * - the log-log slope (least squares of ln y on ln n): how fast y grows;
 * - for each class g(n) in O(1), O(log n), O(n), O(n log n), O(n²), the R²
 *   of the least-squares line y = a + b·g(n) (b >= 0).
 *
 * Rule: constant data is O(1), and so is a near-flat slope (|slope| < 0.15)
 * that no growing class fits with R² >= 0.9 (noise around a constant).
 * Otherwise only the classes whose slope range holds the observed slope are
 * candidates (a + b·g(n) with a >= 0 never shows a slope above g's exponent,
 * and a fixed cost pulls it below: O(n) spans 0.45–1.1, O(n²) starts at 1.3),
 * and among them the best line wins, the simpler class within 0.01 of R².
 * This keeps a per-tick count whose tick mix varies between sizes (slope
 * 0.83, R² of n² slightly above n's) in O(n), where its slope puts it.
 * Exact counts (rows per tick) give R² = 1 for their class, so the class is
 * deterministic; times are noisier and their fit quality says so.
 */

export type ComplexityClass = 'O(1)' | 'O(log n)' | 'O(n)' | 'O(n log n)' | 'O(n²)';

export interface ClassFit {
  readonly complexity: ComplexityClass;
  /** y ≈ intercept + coefficient · g(n). */
  readonly intercept: number;
  readonly coefficient: number;
  readonly r2: number;
}

export interface ScalingFit {
  /** Least-squares slope of ln y against ln n (0 when y is 0 everywhere). */
  readonly slope: number;
  readonly complexity: ComplexityClass;
  /**
   * Fit quality of the chosen class: the R² of its line; for O(1), 1 minus the
   * best R² of any growing class (how little of the variation growth explains).
   */
  readonly r2: number;
  readonly fits: readonly ClassFit[];
  readonly points: number;
}

export interface SizePoint {
  readonly n: number;
  readonly y: number;
}

interface ClassSpec {
  readonly complexity: ComplexityClass;
  readonly g: (n: number) => number;
  /** The log-log slopes this class can show over a decade or so of sizes. */
  readonly minSlope: number;
  readonly maxSlope: number;
}

const CLASSES: readonly ClassSpec[] = [
  { complexity: 'O(1)', g: () => 1, minSlope: -Infinity, maxSlope: 0.15 },
  { complexity: 'O(log n)', g: (n) => Math.log(n), minSlope: 0.02, maxSlope: 0.4 },
  { complexity: 'O(n)', g: (n) => n, minSlope: 0.45, maxSlope: 1.1 },
  { complexity: 'O(n log n)', g: (n) => n * Math.log(n), minSlope: 0.9, maxSlope: 1.4 },
  { complexity: 'O(n²)', g: (n) => n * n, minSlope: 1.3, maxSlope: Infinity },
];

const FLAT_SLOPE = 0.15;
/** A flat slope with a growing line this good is still growth (log n is nearly flat). */
const GROWTH_R2 = 0.9;
const R2_TOLERANCE = 0.01;

interface Line {
  readonly intercept: number;
  readonly slope: number;
  readonly r2: number;
}

/** Ordinary least squares of y on x; R² = 1 when y does not vary. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): Line {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: my - slope * mx, slope, r2: rSquared(sxx, sxy, syy) };
}

/** R² of a fitted line; 1 when y does not vary, 0 when x does not. */
function rSquared(sxx: number, sxy: number, syy: number): number {
  if (syy === 0) {
    return 1;
  }
  return sxx === 0 ? 0 : Math.min(1, (sxy * sxy) / (sxx * syy));
}

/** Slope of ln y on ln n over the points with y > 0. */
export function logLogSlope(points: readonly SizePoint[]): number {
  const positive = points.filter((p) => p.y > 0 && p.n > 0);
  if (positive.length < 2) {
    return 0;
  }
  const line = leastSquares(
    positive.map((p) => Math.log(p.n)),
    positive.map((p) => Math.log(p.y)),
  );
  return line.slope;
}

function fitClass(spec: ClassSpec, points: readonly SizePoint[]): ClassFit {
  const ys = points.map((p) => p.y);
  if (spec.complexity === 'O(1)') {
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    const constant = ys.every((y) => y === ys[0]);
    return {
      complexity: spec.complexity,
      intercept: mean,
      coefficient: 0,
      r2: constant ? 1 : 0,
    };
  }
  const line = leastSquares(
    points.map((p) => spec.g(p.n)),
    ys,
  );
  const r2 = line.slope < 0 ? 0 : line.r2;
  return {
    complexity: spec.complexity,
    intercept: line.intercept,
    coefficient: line.slope,
    r2,
  };
}

/**
 * Fits y against size. Needs at least 3 distinct sizes for a meaningful class.
 * Example: `fitScaling([{n: 1000, y: 17000}, {n: 2000, y: 34000}, {n: 5000, y: 85000}]).complexity`
 *   -> `'O(n)'`.
 */
export function fitScaling(points: readonly SizePoint[]): ScalingFit {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const slope = logLogSlope(sorted);
  const fits = CLASSES.map((spec) => fitClass(spec, sorted));
  const chosen = chooseClass(slope, fits);
  const r2 =
    chosen === 'O(1)'
      ? constantQuality(fits)
      : (fits.find((f) => f.complexity === chosen)?.r2 ?? 0);
  return { slope, complexity: chosen, r2, fits, points: sorted.length };
}

function constantQuality(fits: readonly ClassFit[]): number {
  if (fits[0]?.r2 === 1) {
    return 1;
  }
  return 1 - Math.max(...fits.slice(1).map((f) => f.r2));
}

function chooseClass(slope: number, fits: readonly ClassFit[]): ComplexityClass {
  const constant = fits[0]?.r2 === 1;
  const best = Math.max(...fits.slice(1).map((f) => f.r2));
  if (constant || (Math.abs(slope) < FLAT_SLOPE && best < GROWTH_R2)) {
    return 'O(1)';
  }
  // Growing classes whose slope range holds the slope; the best line wins,
  // the simpler class on a near tie.
  const candidates = CLASSES.slice(1).flatMap((spec, i) => {
    const fit = fits[i + 1];
    return fit && slope >= spec.minSlope && slope <= spec.maxSlope ? [fit] : [];
  });
  if (candidates.length === 0) {
    return nearestBySlope(slope);
  }
  const top = Math.max(...candidates.map((f) => f.r2));
  return candidates.find((f) => f.r2 >= top - R2_TOLERANCE)?.complexity ?? 'O(n)';
}

function nearestBySlope(slope: number): ComplexityClass {
  const distance = (spec: ClassSpec) =>
    Math.max(spec.minSlope - slope, slope - spec.maxSlope, 0);
  const sorted = [...CLASSES].sort((a, b) => distance(a) - distance(b));
  return sorted[0]?.complexity ?? 'O(1)';
}

const ORDER: readonly ComplexityClass[] = CLASSES.map((c) => c.complexity);

/** -1, 0 or 1 as class a is below, equal to or above class b. */
export function compareComplexity(a: ComplexityClass, b: ComplexityClass): number {
  return Math.sign(ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** Parses `O(n)`, `O(n log n)`, `O(n^2)`/`O(n²)`, `O(1)`, `O(log n)`; null otherwise. */
export function parseComplexity(text: string): ComplexityClass | null {
  const normal = text.replace(/\s+/g, ' ').trim().replace('^2', '²');
  return ORDER.find((c) => c === normal) ?? null;
}
