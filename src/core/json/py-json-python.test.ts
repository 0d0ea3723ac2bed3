import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPython,
  PYTHON_SKIP_NOTE,
  runPython,
} from '../../test-support/ledger-fixtures';
import { canonicalizeJsonText } from './canonical-text';
import { pythonFloatRepr } from './py-float-repr';
import { canonicalJson, pythonDumps } from './py-json-dump';
import { parsePyJson } from './py-json-parse';
import { pyFloat, type PyObject, type PyValue } from './py-value';

// Every sample goes to one python3 process: Python loads each text and
// prints canonical and default dumps, which ours must equal byte for byte.
const PY = `
import json, sys
texts = json.load(sys.stdin)
out = []
for t in texts:
    v = json.loads(t)
    out.append([json.dumps(v, sort_keys=True, separators=(",", ":")), json.dumps(v)])
floats = [repr(float(x)) for x in json.loads(sys.argv[1])]
print(json.dumps({"dumps": out, "floats": floats}))
`;

const python = findPython();

const key = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'b',
      'Z',
      '_',
      'é',
      '\ue000',
      '\uffff',
      '😀',
      '𝄞',
      '"',
      '\\',
      '\n',
      '\u007f',
    ),
    maxLength: 4,
  })
  .map((k) => (/^(0|[1-9]\d*)$/.test(k) ? `k${k}` : k));

const leaf: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc
    .bigInt({ min: -(2n ** 80n), max: 2n ** 80n })
    .map((b) => (b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b)),
  fc.double().map((x) => pyFloat(x)),
  fc
    .constantFrom(0.0001, 1e-5, 1e16, 1e15, 1.5e-7, 0.8899999999999999, 5e-324, -0)
    .map((x) => pyFloat(x)),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '\ud800',
    'a\udc00b',
    '\u0000\u001f\u007f\u0080',
    'café — “quoted” 😀\n',
  ),
);

const value = fc.letrec<{ v: PyValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }).map((o) => o as PyObject),
  ),
})).v;

const FLOATS = [
  0,
  -0,
  1,
  1e-5,
  1e-4,
  1e15,
  1e16,
  1.5e-7,
  0.1,
  1 / 3,
  2 ** 53,
  2 ** 70,
  5e-324,
  1.7976931348623157e308,
  123456789012345.6,
  1e-300,
  2 ** 53 - 1,
];

describe.skipIf(python === null)('Python json compatibility (python3)', () => {
  it('canonicalJson, pythonDumps and canonicalizeJsonText equal Python for 600 random values', () => {
    const values = fc.sample(value, { numRuns: 600, seed: 20251002 });
    const texts = values.map((v) => pythonDumps(v));
    const doubles = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), {
      numRuns: 400,
      seed: 7,
    });
    const floats = [...FLOATS, ...doubles];
    const result = JSON.parse(
      runPython(PY, [JSON.stringify(floats.map(floatText))], JSON.stringify(texts)),
    ) as {
      dumps: [string, string][];
      floats: string[];
    };
    texts.forEach((text, i) => {
      const [canon, dumps] = result.dumps[i] as [string, string];
      const parsed = parsePyJson(text);
      expect(canonicalJson(parsed), text).toBe(canon);
      expect(canonicalizeJsonText(text), text).toBe(canon);
      expect(pythonDumps(parsed), text).toBe(dumps);
    });
    expect(floats.map((x) => pythonFloatRepr(x))).toEqual(result.floats);
  });
});

/** Exact decimal text for Python's float(); JSON.stringify would turn -0 into 0. */
function floatText(x: number): string {
  return Object.is(x, -0) ? '-0.0' : String(x);
}

describe.runIf(python === null)('Python json compatibility', () => {
  it.skip(PYTHON_SKIP_NOTE, () => undefined);
});
