import { pythonFloatRepr } from './py-float-repr';
import { PyFloat, type PyObject, type PyValue } from './py-value';

/**
 * Python `json.dumps(value, sort_keys=True, separators=(",", ":"))`, the
 * canonical form PMM hashes (reference §5.3): no spaces, keys sorted by code
 * point, `ensure_ascii` escapes, Python float text.
 *
 * @example canonicalJson({ b: 1, a: pyFloat(0) }) === '{"a":0.0,"b":1}'
 */
export function canonicalJson(value: PyValue): string {
  return dump(value, CANONICAL);
}

/**
 * Python `json.dumps(value)` with its defaults, how v1 stores the meta column
 * (reference §4.5): `", "` and `": "` separators, insertion order,
 * `ensure_ascii`. JS objects list integer-like keys ("10") first, so such
 * keys cannot keep a Python insertion order.
 *
 * @example pythonDumps({ b: 1, a: [true, null] }) === '{"b": 1, "a": [true, null]}'
 */
export function pythonDumps(value: PyValue): string {
  return dump(value, PYTHON_DEFAULT);
}

/** A JSON string literal with Python's `ensure_ascii` escaping (lowercase hex). */
export function quoteAscii(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) {
    return `"${s}"`;
  }
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    out += escapeUnit(s.charCodeAt(i));
  }
  return `${out}"`;
}

/** The text of an int: exact for any magnitude. */
export function intText(x: number): string {
  return Math.abs(x) < 1e21 ? String(x === 0 ? 0 : x) : BigInt(x).toString();
}

/**
 * Orders keys as Python orders `str`: by code point. UTF-16 order (JS
 * default) differs only where a surrogate meets a unit >= U+E000.
 */
export function sortKeysByCodePoint(keys: string[]): string[] {
  return keys.some((k) => SURROGATE.test(k)) ? keys.sort(compareCodePoints) : keys.sort();
}

export function compareCodePoints(a: string, b: string): number {
  // Walk whole code points: comparing units and looking at a code point only
  // where they differ misorders a pair against the same high surrogate left
  // lone before a unit >= U+E000 ('\ud83d\ude00' vs '\ud83d\ue000'), #7.
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) {
      return x - y;
    }
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

interface DumpStyle {
  readonly itemSep: string;
  readonly keySep: string;
  readonly sortKeys: boolean;
}

const CANONICAL: DumpStyle = { itemSep: ',', keySep: ':', sortKeys: true };
const PYTHON_DEFAULT: DumpStyle = { itemSep: ', ', keySep: ': ', sortKeys: false };

function dump(value: PyValue, style: DumpStyle): string {
  if (typeof value === 'string') {
    return quoteAscii(value);
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? intText(value) : pythonFloatRepr(value);
  }
  if (typeof value === 'bigint') {
    return value.toString();
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  return dumpComposite(value, style);
}

function dumpComposite(
  value: PyValue[] | PyObject | PyFloat | null,
  style: DumpStyle,
): string {
  if (value === null) {
    return 'null';
  }
  if (value instanceof PyFloat) {
    return pythonFloatRepr(value.value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => dump(v, style)).join(style.itemSep)}]`;
  }
  return dumpObject(value, style);
}

function dumpObject(value: PyObject, style: DumpStyle): string {
  const keys = Object.keys(value);
  if (style.sortKeys) {
    sortKeysByCodePoint(keys);
  }
  const parts = keys.map(
    (k) => quoteAscii(k) + style.keySep + dump(value[k] ?? null, style),
  );
  return `{${parts.join(style.itemSep)}}`;
}

function escapeUnit(c: number): string {
  if (c >= 0x20 && c <= 0x7e) {
    if (c === 0x22) {
      return '\\"';
    }
    return c === 0x5c ? '\\\\' : String.fromCharCode(c);
  }
  return SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`;
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
};

const NEEDS_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
const SURROGATE = /[\ud800-\udfff]/;
