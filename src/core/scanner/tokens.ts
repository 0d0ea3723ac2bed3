/**
 * The token model of the Python scanner. Only what call counting and block
 * structure need is kept: names, numbers, strings (with the expression tokens
 * of f-string replacement fields), operators, and the logical-line markers.
 */

export type TokenKind =
  'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** Source text for names, numbers and operators; the prefix for strings. */
  readonly text: string;
  /** 1-based physical line where the token starts. */
  readonly line: number;
  /** 0-based column (UTF-16 units) where the token starts. */
  readonly col: number;
  /** For f- and t-strings: the tokens of each replacement field, in source order. */
  readonly fields?: readonly (readonly Token[])[];
}

/** Something the scanner recovered from; Python itself would reject the file. */
export interface ScanWarning {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Python's hard keywords; soft keywords (match, case, type, _) stay names. */
export const HARD_KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

export const OPENERS: ReadonlySet<string> = new Set(['(', '[', '{']);
export const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}']);

export function isOp(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'op' && token.text === text;
}

export function isName(token: Token | undefined, text?: string): boolean {
  return token?.kind === 'name' && (text === undefined || token.text === text);
}
