/**
 * Test-only fast-check arbitraries for the Python JSON value model (#7).
 * Values come out in the model's normal form (safe ints as numbers, unsafe
 * ints as bigints, integral/non-finite/-0 floats as PyFloat), so a lossless
 * parse of their dump gives back the same shape.
 *
 * Imported only by `*.property.test.ts` files; nothing in the app uses it.
 */
import fc from 'fast-check';
import { pyFloat, type PyFloat, type PyObject, type PyValue } from './py-value';

/** Code units that stress `ensure_ascii`: controls, DEL, quotes, surrogates. */
const TRICKY_UNITS = [
  '"',
  '\\',
  '/',
  '\x7f',
  '\x00',
  '\x1f',
  '\n',
  '\r',
  '\t',
  '\b',
  '\f',
  '\u2028',
  '\ud83d',
  '\ude00',
  '\ud83d\ude00',
  '\ue000',
  '\uffff',
  'é',
] as const;

const unit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map(fromUnit), weight: 6 },
  { arbitrary: fc.constantFrom(...TRICKY_UNITS), weight: 3 },
  // Any UTF-16 unit, lone surrogates included.
  { arbitrary: fc.integer({ min: 0, max: 0xffff }).map(fromUnit), weight: 2 },
  {
    arbitrary: fc
      .integer({ min: 0x10000, max: 0x10ffff })
      .map((c) => String.fromCodePoint(c)),
    weight: 1,
  },
);

function fromUnit(c: number): string {
  return String.fromCharCode(c);
}

/** A string of any UTF-16 units, biased towards the ones Python escapes. */
export const pyStringArb: fc.Arbitrary<string> = fc.string({ unit, maxLength: 12 });

/** Object keys: tricky strings plus keys that JS objects treat specially. */
export const pyKeyArb: fc.Arbitrary<string> = fc.oneof(
  pyStringArb,
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '10',
    '9',
    '0',
    '-1',
    '01',
    '',
    'a',
    'A',
    '\ue000',
    '\ud83d\ude00',
    '\ud83d',
    '\ud83d\ue000',
    '\ud83d\ude00a',
  ),
);

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An int in normal form: a number when safe, a bigint beyond 2^53. */
export function normalInt(big: bigint): number | bigint {
  return big >= -MAX_SAFE && big <= MAX_SAFE ? Number(big) : big;
}

/** Python ints: small, near 2^53, near 2^63/2^64 and huge. */
export const pyIntArb: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
  fc.bigInt({ min: MAX_SAFE - 3n, max: MAX_SAFE + 3n }).map(normalInt),
  fc.bigInt({ min: -MAX_SAFE - 3n, max: -MAX_SAFE + 3n }).map(normalInt),
  fc.bigInt({ min: 2n ** 63n - 2n, max: 2n ** 64n + 2n }).map(normalInt),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }).map(normalInt),
);

/** Doubles whose Python repr sits on a formatting edge. */
const EDGE_FLOATS = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  1,
  -1,
  0.1,
  1e16,
  1e-5,
  1e-4,
  9.999999999999999e-5,
  1e15,
  9999999999999998,
  1e21,
  1e22,
  1.5e-7,
  5e-324,
  2.2250738585072014e-308,
  1.7976931348623157e308,
  2 ** 53,
  2 ** 53 + 2,
  1.2345678901234568e20,
  0.8899999999999999,
] as const;

const floatValueArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.constantFrom(...EDGE_FLOATS),
  fc.integer().map((i) => i),
  // Mantissa x power of ten crosses every fixed/scientific boundary.
  fc
    .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: -30, max: 30 }))
    .map(([m, e]) => m * 10 ** e),
);

/** Python floats in normal form (`pyFloat`). */
export const pyFloatArb: fc.Arbitrary<number | PyFloat> = floatValueArb.map(pyFloat);

const leafArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  pyStringArb,
  pyIntArb,
  pyFloatArb,
);

/** Builds an object with own data properties (a `__proto__` key stays a key). */
export function objectFromEntries(entries: readonly [string, PyValue][]): PyObject {
  const out: PyObject = Object.fromEntries(entries);
  return out;
}

const tree = fc.letrec<{ value: PyValue; array: PyValue[]; object: PyObject }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    leafArb,
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc
    .array(fc.tuple(pyKeyArb, tie('value')), { maxLength: 6 })
    .map(objectFromEntries),
}));

/** Any Python JSON value, nested up to four levels. */
export const pyValueArb: fc.Arbitrary<PyValue> = tree.value;

/** A dict, as a meta column holds. */
export const pyObjectArb: fc.Arbitrary<PyObject> = tree.object;
