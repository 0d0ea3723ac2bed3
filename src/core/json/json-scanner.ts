import { PyJsonSyntaxError } from './py-json-error';

/**
 * The lexical layer shared by the lossless parser and the text canonicalizer.
 * It follows Python's `json` grammar: whitespace is space, tab, CR and LF;
 * numbers are `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`; strings reject raw
 * control characters (strict mode) and accept lone surrogate escapes.
 */
export class JsonScanner {
  pos = 0;
  private depth = 0;

  /** Raw control characters anywhere (then strings take the checking slow path). */
  private readonly hasControlChars: boolean;
  /** Cached position of the next backslash: -2 unknown, -1 none left. */
  private backslashAt = -2;

  constructor(readonly text: string) {
    this.hasControlChars = CONTROL_CHAR.test(text);
  }

  fail(detail: string, at: number = this.pos): never {
    throw new PyJsonSyntaxError(detail, at);
  }

  /**
   * Enters an array or object. Deeper than MAX_JSON_DEPTH is a syntax error:
   * Python's json gives up near 1,000 levels (RecursionError), and unbounded
   * recursion here would overflow the stack on a hostile meta column (#7).
   */
  enter(): void {
    if (++this.depth > MAX_JSON_DEPTH) {
      this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
  }

  leave(): void {
    this.depth--;
  }

  skipWs(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        break;
      }
      p++;
    }
    this.pos = p;
  }

  /** The next non-whitespace code unit, without consuming it (NaN at the end). */
  peek(): number {
    this.skipWs();
    return this.text.charCodeAt(this.pos);
  }

  expect(code: number, what: string): void {
    if (this.peek() !== code) {
      this.fail(`expected ${what}`);
    }
    this.pos++;
  }

  /** Consumes `word` at the cursor or fails. */
  literal(word: string): void {
    if (!this.text.startsWith(word, this.pos)) {
      this.fail('unexpected token');
    }
    this.pos += word.length;
  }

  /** Reads a string starting at its opening quote and returns the decoded text. */
  readString(): string {
    const t = this.text;
    const start = this.pos + 1;
    // Fast path: most strings hold no escape and no control character, so
    // native indexOf finds the end and the text is the value.
    const close = t.indexOf('"', start);
    if (close >= 0 && !this.hasControlChars && this.backslashFrom(start) > close) {
      this.pos = close + 1;
      return t.slice(start, close);
    }
    let p = start;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x22) {
        this.pos = p + 1;
        return t.slice(start, p);
      }
      if (c === 0x5c || c < 0x20 || Number.isNaN(c)) {
        return this.readEscapedString(start, p);
      }
      p++;
    }
  }

  /**
   * The first backslash at or after `from` (Infinity when none). Cached, so
   * scanning a text's strings stays linear however many strings it has.
   */
  backslashFrom(from: number): number {
    if (this.backslashAt === -2 || (this.backslashAt >= 0 && this.backslashAt < from)) {
      this.backslashAt = this.text.indexOf('\\', from);
    }
    return this.backslashAt < 0 ? Infinity : this.backslashAt;
  }

  /** Whether `s` is printable ASCII that `ensure_ascii` output shows verbatim. */
  static isPlainAscii(s: string): boolean {
    return !NEEDS_ESCAPE.test(s);
  }

  private readEscapedString(start: number, from: number): string {
    const t = this.text;
    let out = t.slice(start, from);
    let p = from;
    let runStart = p;
    for (;;) {
      const c = t.charCodeAt(p);
      if (Number.isNaN(c)) {
        this.fail('unterminated string', start - 1);
      }
      if (c === 0x22) {
        this.pos = p + 1;
        return out + t.slice(runStart, p);
      }
      if (c < 0x20) {
        this.fail('invalid control character in string', p);
      }
      if (c !== 0x5c) {
        p++;
        continue;
      }
      out += t.slice(runStart, p);
      const [decoded, width] = this.decodeEscape(p);
      out += decoded;
      p += width;
      runStart = p;
    }
  }

  private decodeEscape(p: number): [string, number] {
    const e = this.text[p + 1];
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      return [simple, 2];
    }
    if (e !== 'u') {
      this.fail('invalid escape', p);
    }
    const hex = this.text.slice(p + 2, p + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
      this.fail('invalid \\u escape', p);
    }
    return [String.fromCharCode(parseInt(hex, 16)), 6];
  }

  /** Reads a number lexeme (the cursor is on `-` or a digit). */
  readNumber(): { lexeme: string; isFloat: boolean } {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 0x2d) {
      p++;
    }
    p = this.readIntPart(p);
    let isFloat = false;
    if (t.charCodeAt(p) === 0x2e) {
      p = this.readDigits(p + 1, 'digit after decimal point');
      isFloat = true;
    }
    const c = t.charCodeAt(p);
    if (c === 0x65 || c === 0x45) {
      p++;
      const s = t.charCodeAt(p);
      if (s === 0x2b || s === 0x2d) {
        p++;
      }
      p = this.readDigits(p, 'digit in exponent');
      isFloat = true;
    }
    this.pos = p;
    return { lexeme: t.slice(start, p), isFloat };
  }

  private readIntPart(p: number): number {
    const c = this.text.charCodeAt(p);
    if (c === 0x30) {
      return p + 1;
    }
    if (c < 0x31 || c > 0x39 || Number.isNaN(c)) {
      this.fail('expected a digit', p);
    }
    return this.readDigits(p, 'digit');
  }

  private readDigits(p: number, what: string): number {
    const t = this.text;
    const start = p;
    while (isDigit(t.charCodeAt(p))) {
      p++;
    }
    if (p === start) {
      this.fail(`expected a ${what}`, p);
    }
    return p;
  }

  /** Fails unless only whitespace remains. */
  end(): void {
    this.skipWs();
    if (this.pos < this.text.length) {
      this.fail('extra data after the JSON value');
    }
  }
}

/** Arrays and objects nested deeper than this are rejected (see `enter`). */
export const MAX_JSON_DEPTH = 1000;

// eslint-disable-next-line no-control-regex -- (#2) strict JSON rejects raw control characters; this finds them
const CONTROL_CHAR = /[\x00-\x1f]/;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Anything `ensure_ascii` output would not show verbatim: `"`, `\`, non-printable, non-ASCII. */
const NEEDS_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
