import { JsonScanner } from './json-scanner';
import { pythonFloatRepr } from './py-float-repr';
import { compareCodePoints, quoteAscii } from './py-json-dump';

/**
 * The canonical form (`canonicalJson(parsePyJson(text))`) computed straight
 * from the text, without building values: each number keeps its lexeme's
 * int/float identity, strings already in `ensure_ascii` form are copied as
 * they are, and object members are sorted as text. This is the hot path of
 * chain verification, so it avoids allocation where it can.
 *
 * @throws PyJsonSyntaxError like parsePyJson.
 * @example canonicalizeJsonText('{"b": 1.50, "a": "x"}') === '{"a":"x","b":1.5}'
 */
export function canonicalizeJsonText(text: string): string {
  const scanner = new CanonScanner(text);
  const out = scanner.canonValue();
  scanner.end();
  return out;
}

/** Anything outside printable ASCII. */
const NOT_PRINTABLE = /[^\x20-\x7e]/;
const SURROGATE = /[\ud800-\udfff]/;
const WORDS = ['null', 'true', 'false', 'NaN', 'Infinity'] as const;

// Float lexemes repeat a lot (0.0, telemetry values), and their repr costs a
// parse and a format; a bounded memo keeps that off the hot path.
const floatMemo = new Map<string, string>();

function floatCanon(lexeme: string): string {
  let text = floatMemo.get(lexeme);
  if (text === undefined) {
    text = pythonFloatRepr(Number(lexeme));
    if (floatMemo.size >= 8192) {
      floatMemo.clear();
    }
    floatMemo.set(lexeme, text);
  }
  return text;
}

class CanonScanner extends JsonScanner {
  /** The whole text is printable ASCII, so an escape-free string is already canonical. */
  private readonly printable: boolean;
  /** The decoded text of the last key read, for sorting. */
  private key = '';
  /** Whether that key holds a surrogate (then UTF-16 order is not code-point order). */
  private keyAstral = false;

  constructor(text: string) {
    super(text);
    this.printable = !NOT_PRINTABLE.test(text);
  }

  canonValue(): string {
    const c = this.peek();
    if (c === 0x22) {
      return this.canonString();
    }
    if (c === 0x7b || c === 0x5b) {
      // Depth-limited (#7): a hostile meta column fails as a syntax error.
      this.enter();
      const out = c === 0x7b ? this.canonObject() : this.canonArray();
      this.leave();
      return out;
    }
    return this.canonScalar(c);
  }

  /** A string at the cursor as canonical quoted text; sets `key` to its decoded value. */
  private canonString(): string {
    const t = this.text;
    const start = this.pos;
    const close = t.indexOf('"', start + 1);
    if (close > 0 && this.backslashFrom(start + 1) > close) {
      const inner = t.slice(start + 1, close);
      if (this.printable || !NOT_PRINTABLE.test(inner)) {
        this.pos = close + 1;
        this.key = inner;
        this.keyAstral = false;
        return t.slice(start, close + 1);
      }
    }
    this.key = this.readString();
    this.keyAstral = SURROGATE.test(this.key);
    return quoteAscii(this.key);
  }

  private canonScalar(c: number): string {
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
      return this.canonNumber();
    }
    for (const word of WORDS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return word;
      }
    }
    return this.fail(
      Number.isNaN(c) ? 'expected a value, found the end' : 'expected a value',
    );
  }

  private canonNumber(): string {
    if (this.text.startsWith('-Infinity', this.pos)) {
      this.pos += 9;
      return '-Infinity';
    }
    const { lexeme, isFloat } = this.readNumber();
    if (isFloat) {
      return floatCanon(lexeme);
    }
    // The grammar rules out leading zeros, so Python prints an int as its
    // lexeme, except `-0`.
    return lexeme === '-0' ? '0' : lexeme;
  }

  private canonArray(): string {
    this.pos++;
    if (this.peek() === 0x5d) {
      this.pos++;
      return '[]';
    }
    let out = '[';
    for (;;) {
      out += this.canonValue();
      if (this.closeOrComma(0x5d, "expected ',' or ']'")) {
        return `${out}]`;
      }
      out += ',';
    }
  }

  private canonObject(): string {
    this.pos++;
    if (this.peek() === 0x7d) {
      this.pos++;
      return '{}';
    }
    const keys: string[] = [];
    const members: string[] = [];
    let sorted = true;
    let astral = false;
    for (;;) {
      if (this.peek() !== 0x22) {
        this.fail('expected a property name in double quotes');
      }
      const quoted = this.canonString();
      const key = this.key;
      astral ||= this.keyAstral;
      this.expect(0x3a, "':'");
      const member = `${quoted}:${this.canonValue()}`;
      const prev = keys[keys.length - 1];
      sorted &&= prev === undefined || prev < key;
      keys.push(key);
      members.push(member);
      if (this.closeOrComma(0x7d, "expected ',' or '}'")) {
        return sorted && !astral
          ? `{${members.join(',')}}`
          : sortMembers(keys, members, astral);
      }
    }
  }

  /** Consumes `,` (false) or the closing bracket (true); anything else fails. */
  private closeOrComma(close: number, message: string): boolean {
    const c = this.peek();
    this.pos++;
    if (c === close) {
      return true;
    }
    if (c !== 0x2c) {
      this.fail(message, this.pos - 1);
    }
    return false;
  }
}

/**
 * Members in code-point key order; a repeated key keeps its last value (as
 * Python's dict does). An insertion sort of member indexes: objects are
 * small, it is stable (the last of equal keys ends its run) and it needs no
 * comparator closure, which dominated canonicalizing PMM's unsorted metas.
 */
function sortMembers(
  keys: readonly string[],
  members: readonly string[],
  astral: boolean,
): string {
  const n = keys.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    let j = i;
    while (j > 0 && after(keys[order[j - 1] as number] as string, key, astral)) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = i;
  }
  let out = '{';
  for (let i = 0; i < n; i++) {
    const idx = order[i] as number;
    const next = order[i + 1];
    if (next === undefined || keys[next] !== keys[idx]) {
      out += out.length === 1 ? (members[idx] as string) : `,${members[idx] as string}`;
    }
  }
  return `${out}}`;
}

/** Whether key `a` sorts strictly after `b` (by code point when a key is astral). */
function after(a: string, b: string, astral: boolean): boolean {
  return astral ? compareCodePoints(a, b) > 0 : a > b;
}
