import type { Cursor } from './cursor';
import type { Token } from './tokens';

/** How one string literal is delimited and which escapes apply inside it. */
export interface StringForm {
  readonly quote: string;
  readonly triple: boolean;
  readonly raw: boolean;
  /** f-strings and (Python 3.14) t-strings: braces open replacement fields. */
  readonly formatted: boolean;
}

/** Reads one replacement field after its `{`; returns its token lists. */
export type FieldLexer = (cur: Cursor, form: StringForm) => Token[][];

// Every prefix Python accepts, lower-cased; any letter case is allowed.
const PREFIXES: ReadonlySet<string> = new Set([
  'r',
  'u',
  'b',
  'br',
  'rb',
  'f',
  'fr',
  'rf',
  't',
  'tr',
  'rt',
]);

/** True when `name` is a string prefix and a quote follows it directly. */
export function isStringPrefix(name: string, next: string): boolean {
  return (next === '"' || next === "'") && PREFIXES.has(name.toLowerCase());
}

/**
 * Reads a string literal whose quote is under the cursor; the prefix (already
 * consumed) decides raw and formatted. Returns one `string` token.
 */
export function scanString(
  cur: Cursor,
  start: { readonly line: number; readonly col: number; readonly prefix: string },
  lexField: FieldLexer,
): Token {
  const form = readOpening(cur, start.prefix.toLowerCase());
  const fields: Token[][] = [];
  scanBody(cur, form, fields, lexField, start.line);
  const token = cur.token('string', start.prefix, start.line, start.col);
  return form.formatted ? { ...token, fields } : token;
}

function readOpening(cur: Cursor, prefix: string): StringForm {
  const quote = cur.peek();
  const triple = cur.peek(1) === quote && cur.peek(2) === quote;
  cur.pos += triple ? 3 : 1;
  return {
    quote,
    triple,
    raw: prefix.includes('r'),
    formatted: prefix.includes('f') || prefix.includes('t'),
  };
}

function scanBody(
  cur: Cursor,
  form: StringForm,
  fields: Token[][],
  lexField: FieldLexer,
  startLine: number,
): void {
  const close = form.triple ? form.quote.repeat(3) : form.quote;
  while (!cur.done) {
    if (cur.startsWith(close)) {
      cur.pos += close.length;
      return;
    }
    if (!form.triple && cur.atNewline()) {
      break;
    }
    scanBodyChar(cur, form, fields, lexField);
  }
  cur.warn(startLine, 'unterminated string literal');
}

function scanBodyChar(
  cur: Cursor,
  form: StringForm,
  fields: Token[][],
  lexField: FieldLexer,
): void {
  const ch = cur.peek();
  if (ch === '\\') {
    scanEscape(cur, form);
  } else if (form.formatted && ch === '{' && cur.peek(1) !== '{') {
    cur.pos += 1;
    fields.push(...lexField(cur, form));
  } else if (form.formatted && (ch === '{' || ch === '}') && cur.peek(1) === ch) {
    cur.pos += 2; // a doubled brace is literal text
  } else {
    cur.takeChar();
  }
}

/**
 * A backslash hides the next character from the closing-quote test, even in
 * raw strings (r"\"" is one string). In f-strings a backslash never hides a
 * brace, and \N{NAME} in a non-raw f-string is an escape, not a field.
 */
export function scanEscape(cur: Cursor, form: StringForm): void {
  const next = cur.peek(1);
  if (form.formatted && (next === '{' || next === '}')) {
    cur.pos += 1;
    return;
  }
  if (form.formatted && !form.raw && next === 'N' && cur.peek(2) === '{') {
    skipNamedEscape(cur);
    return;
  }
  cur.pos += 1;
  if (!cur.done) {
    cur.takeChar();
  }
}

function skipNamedEscape(cur: Cursor): void {
  cur.pos += 3;
  while (!cur.done && !cur.atNewline() && cur.peek() !== '}') {
    cur.pos += 1;
  }
  if (cur.peek() === '}') {
    cur.pos += 1;
  }
}
