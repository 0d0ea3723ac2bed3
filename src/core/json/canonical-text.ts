import { JsonScanner } from './json-scanner';
import { quoteAscii, sortKeysByCodePoint } from './py-json-dump';
import { pythonFloatRepr } from './py-float-repr';

/**
 * The canonical form (`canonicalJson(parsePyJson(text))`) computed straight
 * from the text, without building values: each number keeps its lexeme's
 * int/float identity, strings are re-escaped only when they need it, and
 * object members are sorted as text. This is the hot path of verification.
 *
 * @throws PyJsonSyntaxError like parsePyJson.
 * @example canonicalizeJsonText('{"b": 1.50, "a": "x"}') === '{"a":"x","b":1.5}'
 */
export function canonicalizeJsonText(text: string): string {
  const scanner = new JsonScanner(text);
  const out = canonValue(scanner);
  scanner.end();
  return out;
}

function canonValue(s: JsonScanner): string {
  const c = s.peek();
  switch (c) {
    case 0x7b:
    case 0x5b: {
      s.enter();
      const out = c === 0x7b ? canonObject(s) : canonArray(s);
      s.leave();
      return out;
    }
    case 0x22:
      return quoteAscii(s.readString());
    default:
      return canonScalar(s, c);
  }
}

function canonScalar(s: JsonScanner, c: number): string {
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
    return canonNumber(s);
  }
  for (const word of WORDS) {
    if (s.text.startsWith(word, s.pos)) {
      s.pos += word.length;
      return word;
    }
  }
  return s.fail(Number.isNaN(c) ? 'expected a value, found the end' : 'expected a value');
}

const WORDS = ['null', 'true', 'false', 'NaN', 'Infinity'] as const;

function canonNumber(s: JsonScanner): string {
  if (s.text.startsWith('-Infinity', s.pos)) {
    s.pos += 9;
    return '-Infinity';
  }
  const { lexeme, isFloat } = s.readNumber();
  if (isFloat) {
    return pythonFloatRepr(Number(lexeme));
  }
  // The grammar rules out leading zeros, so Python prints an int as its
  // lexeme, except `-0`.
  return lexeme === '-0' ? '0' : lexeme;
}

function canonArray(s: JsonScanner): string {
  s.pos++;
  if (s.peek() === 0x5d) {
    s.pos++;
    return '[]';
  }
  let out = '[';
  for (;;) {
    out += canonValue(s);
    const c = s.peek();
    s.pos++;
    if (c === 0x5d) {
      return `${out}]`;
    }
    if (c !== 0x2c) {
      s.fail("expected ',' or ']'", s.pos - 1);
    }
    out += ',';
  }
}

function canonObject(s: JsonScanner): string {
  s.pos++;
  if (s.peek() === 0x7d) {
    s.pos++;
    return '{}';
  }
  const members = new Map<string, string>();
  for (;;) {
    if (s.peek() !== 0x22) {
      s.fail('expected a property name in double quotes');
    }
    const key = s.readString();
    s.expect(0x3a, "':'");
    // Map.set on an existing key keeps the last value, as Python's dict does.
    members.set(key, canonValue(s));
    const c = s.peek();
    s.pos++;
    if (c === 0x7d) {
      return joinMembers(members);
    }
    if (c !== 0x2c) {
      s.fail("expected ',' or '}'", s.pos - 1);
    }
  }
}

function joinMembers(members: Map<string, string>): string {
  const keys = sortKeysByCodePoint([...members.keys()]);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out += `${i === 0 ? '' : ','}${quoteAscii(key)}:${members.get(key) as string}`;
  }
  return `${out}}`;
}
