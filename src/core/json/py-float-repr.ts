/**
 * Python's `repr(float)` (reference §5.4): shortest round-trip digits, fixed
 * notation for decimal exponents -4..15 (with `.0` when integral), otherwise
 * `d[.ddd]e±XX`; bare `NaN`, `Infinity`, `-Infinity`.
 *
 * @example pythonFloatRepr(1e-5) === '1e-05'; pythonFloatRepr(1) === '1.0'
 */
export function pythonFloatRepr(x: number): string {
  if (!Number.isFinite(x)) {
    return nonFiniteRepr(x);
  }
  if (x === 0) {
    return Object.is(x, -0) ? '-0.0' : '0.0';
  }
  const abs = Math.abs(x);
  // JS uses fixed notation for 1e-7 <= |x| < 1e21 with the same shortest
  // digits, so this common range needs no digit surgery.
  if (abs >= 1e-4 && abs < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? `${s}.0` : s;
  }
  return scientificRepr(x);
}

function nonFiniteRepr(x: number): string {
  if (Number.isNaN(x)) {
    return 'NaN';
  }
  return x > 0 ? 'Infinity' : '-Infinity';
}

function scientificRepr(x: number): string {
  const [mantissa = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = exp < 0 ? '-' : '+';
  const digits = String(Math.abs(exp)).padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
}
