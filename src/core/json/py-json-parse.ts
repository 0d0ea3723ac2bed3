import { JsonScanner } from './json-scanner';
import { PyFloat, type PyObject, type PyValue } from './py-value';

/**
 * Parses JSON text the way Python's `json.loads` does, keeping int and float
 * apart (reference §5.4/§5.5): a lexeme with `.`, `e` or `E` is a float (a
 * plain number when non-integral and finite, else a PyFloat); any other
 * lexeme is an int (a number when safe, else a bigint). Bare `NaN`,
 * `Infinity` and `-Infinity` are accepted. A repeated key keeps its last
 * value. A `__proto__` key becomes an ordinary own property.
 *
 * @throws PyJsonSyntaxError with the offset of the problem.
 * @example parsePyJson('{"a": 0.0}') // { a: PyFloat(0) }
 */
export function parsePyJson(text: string): PyValue {
  const scanner = new JsonScanner(text);
  const value = parseValue(scanner);
  scanner.end();
  return value;
}

/** Converts a number lexeme to the value model (shared with the fast paths). */
export function numberFromLexeme(
  lexeme: string,
  isFloat: boolean,
): number | bigint | PyFloat {
  if (isFloat) {
    const x = Number(lexeme);
    return Number.isInteger(x) || !Number.isFinite(x) ? new PyFloat(x) : x;
  }
  if (lexeme.length < 16) {
    const x = Number(lexeme);
    return x === 0 ? 0 : x;
  }
  const big = BigInt(lexeme);
  return big >= MIN_SAFE && big <= MAX_SAFE ? Number(big) : big;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function parseValue(s: JsonScanner): PyValue {
  const c = s.peek();
  switch (c) {
    case 0x7b:
    case 0x5b: {
      s.enter();
      const v = c === 0x7b ? parseObject(s) : parseArray(s);
      s.leave();
      return v;
    }
    case 0x22:
      return s.readString();
    default:
      return parseScalar(s, c);
  }
}

function parseScalar(s: JsonScanner, c: number): PyValue {
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
    return parseNumberOrNegInfinity(s);
  }
  const word = scalarWordAt(s);
  if (word === undefined) {
    return s.fail(
      Number.isNaN(c) ? 'expected a value, found the end' : 'expected a value',
    );
  }
  s.pos += word.text.length;
  return word.value();
}

function parseNumberOrNegInfinity(s: JsonScanner): PyValue {
  if (s.text.startsWith('-Infinity', s.pos)) {
    s.pos += 9;
    return new PyFloat(-Infinity);
  }
  const { lexeme, isFloat } = s.readNumber();
  return numberFromLexeme(lexeme, isFloat);
}

function scalarWordAt(s: JsonScanner): (typeof SCALAR_WORDS)[number] | undefined {
  for (const word of SCALAR_WORDS) {
    if (s.text.startsWith(word.text, s.pos)) {
      return word;
    }
  }
  return undefined;
}

const SCALAR_WORDS: readonly { text: string; value: () => PyValue }[] = [
  { text: 'null', value: () => null },
  { text: 'true', value: () => true },
  { text: 'false', value: () => false },
  { text: 'NaN', value: () => new PyFloat(NaN) },
  { text: 'Infinity', value: () => new PyFloat(Infinity) },
];

function parseArray(s: JsonScanner): PyValue[] {
  s.pos++;
  const out: PyValue[] = [];
  if (s.peek() === 0x5d) {
    s.pos++;
    return out;
  }
  for (;;) {
    out.push(parseValue(s));
    const c = s.peek();
    s.pos++;
    if (c === 0x5d) {
      return out;
    }
    if (c !== 0x2c) {
      s.fail("expected ',' or ']'", s.pos - 1);
    }
  }
}

function parseObject(s: JsonScanner): PyObject {
  s.pos++;
  const out: PyObject = {};
  if (s.peek() === 0x7d) {
    s.pos++;
    return out;
  }
  for (;;) {
    if (s.peek() !== 0x22) {
      s.fail('expected a property name in double quotes');
    }
    const key = s.readString();
    s.expect(0x3a, "':'");
    setOwn(out, key, parseValue(s));
    const c = s.peek();
    s.pos++;
    if (c === 0x7d) {
      return out;
    }
    if (c !== 0x2c) {
      s.fail("expected ',' or '}'", s.pos - 1);
    }
  }
}

/** Assigns without invoking the `__proto__` setter. */
function setOwn(target: PyObject, key: string, value: PyValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return;
  }
  target[key] = value;
}
