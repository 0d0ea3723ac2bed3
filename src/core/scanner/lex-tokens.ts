import type { Cursor } from './cursor';
import { isStringPrefix, scanEscape, scanString } from './lex-strings';
import type { StringForm } from './lex-strings';
import { CLOSERS, OPENERS } from './tokens';
import type { Token } from './tokens';

// Python identifiers are XID_Start XID_Continue* (PEP 3131), plus `_`.
const NAME = /[\p{XID_Start}_][\p{XID_Continue}]*/uy;
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/y;
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '**', '//', '>>', '<<', '<=', '>=', '==',
  '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=',
]; // prettier-ignore

function matchAt(re: RegExp, cur: Cursor): string | undefined {
  re.lastIndex = cur.pos;
  return re.exec(cur.src)?.[0];
}

/**
 * Reads one name, number, string or operator token at the cursor, which must
 * not be on whitespace, a comment or a newline.
 */
export function scanToken(cur: Cursor): Token {
  const line = cur.line;
  const col = cur.col;
  const ch = cur.peek();
  if (ch === '"' || ch === "'") {
    return scanString(cur, { line, col, prefix: '' }, lexField);
  }
  const name = matchAt(NAME, cur);
  if (name !== undefined) {
    cur.pos += name.length;
    return isStringPrefix(name, cur.peek())
      ? scanString(cur, { line, col, prefix: name }, lexField)
      : cur.token('name', name, line, col);
  }
  const number = /[0-9.]/.test(ch) ? matchAt(NUMBER, cur) : undefined;
  const text = number ?? OPERATORS.find((op) => cur.startsWith(op)) ?? ch;
  cur.pos += text.length;
  return cur.token(number === undefined ? 'op' : 'number', text, line, col);
}

/**
 * Skips spaces, tabs, form feeds and backslash continuations, and also
 * newlines and comments when `inBrackets` (Python ignores them there).
 * Returns at the first other character, or at a newline outside brackets.
 */
export function skipBlank(cur: Cursor, inBrackets: boolean): void {
  while (!cur.done) {
    const ch = cur.peek();
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      cur.pos += 1;
    } else if (ch === '\\' && cur.atNewline(1)) {
      cur.pos += 1;
      cur.takeNewline();
    } else if (inBrackets && cur.atNewline()) {
      cur.takeNewline();
    } else if (inBrackets && ch === '#') {
      cur.skipToLineEnd();
    } else {
      return;
    }
  }
}

/**
 * Reads one f-string replacement field after its `{`, up to and including its
 * `}`. Returns the expression's tokens first, then those of any fields nested
 * in the format spec (`{x:{width}}`). Python 3.12 rules (PEP 701): the
 * expression may hold strings with the outer quote, comments and line breaks,
 * even in a single-quoted f-string (its `{` acts as a bracket).
 */
export function lexField(cur: Cursor, form: StringForm): Token[][] {
  const startLine = cur.line;
  const tokens: Token[] = [];
  const out: Token[][] = [tokens];
  let depth = 0;
  for (;;) {
    skipBlank(cur, true);
    if (cur.done) {
      cur.warn(startLine, 'unterminated f-string replacement field');
      return out;
    }
    if (depth === 0 && endsExpression(cur)) {
      finishField(cur, form, out);
      return out;
    }
    if (cur.peek() === '#') {
      cur.skipToLineEnd();
      continue;
    }
    const token = scanToken(cur);
    depth = Math.max(0, depth + bracketDelta(token));
    tokens.push(token);
  }
}

function bracketDelta(token: Token): number {
  if (token.kind !== 'op') {
    return 0;
  }
  if (OPENERS.has(token.text)) {
    return 1;
  }
  return CLOSERS.has(token.text) ? -1 : 0;
}

// At field depth 0: `}` closes, `:` starts the format spec, `!` (not `!=`)
// a conversion, and a lone `=` (not `==`) the self-documenting form.
function endsExpression(cur: Cursor): boolean {
  const ch = cur.peek();
  const next = cur.peek(1);
  return (
    ch === '}' ||
    ch === ':' ||
    (ch === '!' && next !== '=') ||
    (ch === '=' && next !== '=')
  );
}

function finishField(cur: Cursor, form: StringForm, out: Token[][]): void {
  const close = form.triple ? form.quote.repeat(3) : form.quote;
  while (!cur.done && !cur.startsWith(close)) {
    const ch = cur.peek();
    if (ch === '}') {
      cur.pos += 1;
      return;
    }
    if (!form.triple && cur.atNewline()) {
      return;
    }
    if (ch === '{' && cur.peek(1) === '{') {
      cur.pos += 2;
    } else if (ch === '{') {
      cur.pos += 1;
      out.push(...lexField(cur, form));
    } else if (ch === '\\') {
      scanEscape(cur, form);
    } else {
      cur.takeChar();
    }
  }
}
