import { describe, expect, it } from 'vitest';

import { lexPython } from './lexer';
import type { Token } from './tokens';

function kinds(src: string): string[] {
  return lexPython(src, 't.py').tokens.map((t) => (t.kind === 'name' ? t.text : t.kind));
}

describe('lexPython', () => {
  it('emits INDENT/DEDENT and NEWLINE per logical line only', () => {
    const src = 'if a:\n\n    # note\n    b\n  # off-level comment\n    c\nd\n';
    expect(kinds(src)).toEqual([
      'if', 'a', 'op', 'newline', 'indent', 'b', 'newline', 'c', 'newline', 'dedent',
      'd', 'newline', 'end',
    ]); // prettier-ignore
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = (1,\n  # c\n 2)\ny = 1 + \\\n  2\n')).toEqual([
      'x', 'op', 'op', 'number', 'op', 'number', 'op', 'newline',
      'y', 'op', 'number', 'op', 'number', 'newline', 'end',
    ]); // prettier-ignore
  });

  it('counts a tab to the next multiple of 8 columns', () => {
    // "\t" and 8 spaces are the same column: no INDENT or DEDENT between them,
    // but Python rejects the mix (TabError), so it is a warning.
    const result = lexPython('if a:\n\tb\n        c\n', 't.py');
    expect(result.tokens.filter((t) => t.kind === 'indent')).toHaveLength(1);
    expect(result.tokens.filter((t) => t.kind === 'dedent')).toHaveLength(1);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'inconsistent use of tabs and spaces in indentation'],
    ]);
  });

  it('keeps line numbers across CRLF, CR and a byte-order mark', () => {
    const tokens = lexPython('\uFEFFa\r\nb\rc\n', 't.py').tokens;
    const names = tokens.filter((t) => t.kind === 'name');
    expect(names.map((t) => [t.text, t.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(tokens.some((t) => t.kind === 'indent')).toBe(false);
  });

  it('keeps f-string field tokens apart, with their own lines', () => {
    const tokens = lexPython('s = f"""a\n{x.y()!r:>{w}}"""\n', 't.py').tokens;
    const fields = (tokens[2] as Token).fields ?? [];
    expect(fields.map((field) => field.map((t) => `${t.text}@${t.line}`))).toEqual([
      ['x@2', '.@2', 'y@2', '(@2', ')@2'],
      ['w@2'],
    ]);
  });

  it('recovers from malformed input with warnings, never throwing', () => {
    const result = lexPython('x = "open\ny = )\nz = f"{a\n', 't.py');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'unterminated string literal',
      "unmatched ')'",
      'unterminated f-string replacement field',
      'unterminated string literal',
    ]);
    expect(result.tokens[result.tokens.length - 1]?.kind).toBe('end');
  });
});
