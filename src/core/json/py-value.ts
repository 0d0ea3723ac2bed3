/**
 * Python's JSON value model, as PMM's `json.dumps` / `json.loads` see it.
 *
 * Python keeps int and float apart and the hash chain depends on it
 * (`0.0` and `0` hash differently), so a plain JS number is not enough:
 *
 *   Python value            tickscope value
 *   int (safe)              number with Number.isInteger
 *   int (beyond 2^53)       bigint
 *   float, non-integral     number (e.g. 0.8899999999999999)
 *   float, integral         PyFloat (e.g. 0.0, 1.0, 1e+16, -0.0)
 *   nan / inf / -inf        PyFloat (NaN, Infinity, -Infinity)
 *   str / bool / None       string / boolean / null
 *   list / dict             PyValue[] / PyObject
 *
 * Build floats with `pyFloat(x)`: it returns a plain number when the value
 * is unambiguous and a PyFloat when it would otherwise print as an int.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyValue =
  null | boolean | number | bigint | string | PyFloat | PyValue[] | PyObject;

export interface PyObject {
  [key: string]: PyValue;
}

/** A Python float holding `x`: `pyFloat(1)` dumps as `1.0`, `pyFloat(0.5)` as `0.5`. */
export function pyFloat(x: number): number | PyFloat {
  const needsMarker = !Number.isFinite(x) || Number.isInteger(x) || Object.is(x, -0);
  return needsMarker ? new PyFloat(x) : x;
}

/** The numeric value of an int or float, or undefined for anything else. */
export function num(value: PyValue | undefined): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  if (value instanceof PyFloat) {
    return value.value;
  }
  if (typeof value === 'bigint') {
    return Number(value);
  }
  return undefined;
}

/** The string, or undefined when the value is not a string. */
export function str(value: PyValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The object, or undefined when the value is not a dict. */
export function obj(value: PyValue | undefined): PyObject | undefined {
  return isPyObject(value) ? value : undefined;
}

export function isPyObject(value: PyValue | undefined): value is PyObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat)
  );
}

/** Python truthiness, for rules written as `if meta.get("x"):`. */
export function isTruthy(value: PyValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === '') {
    return false;
  }
  if (typeof value === 'number') {
    return value !== 0;
  }
  if (typeof value === 'bigint') {
    return value !== 0n;
  }
  if (value instanceof PyFloat) {
    return value.value !== 0;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return typeof value !== 'object' || Object.keys(value).length > 0;
}
