import { Cursor } from './cursor';
import { scanToken, skipBlank } from './lex-tokens';
import { CLOSERS, OPENERS } from './tokens';
import type { ScanWarning, Token } from './tokens';

export interface LexResult {
  readonly tokens: readonly Token[];
  readonly warnings: readonly ScanWarning[];
}

/** One open indentation level: its column with tabs to 8 and with tabs as 1. */
interface Level {
  readonly col: number;
  readonly alt: number;
}

/**
 * Tokenizes Python source the way CPython's tokenizer does, for what matters
 * to call counting: comments, strings and f-strings, continuation lines,
 * brackets, and INDENT/DEDENT/NEWLINE for logical lines. Blank lines,
 * comment-only lines and line breaks inside brackets produce no tokens.
 * Never throws: malformed input yields warnings and a best-effort stream.
 *
 * @example
 * lexPython('if x:\n    y.read_all()\n', 'a.py').tokens.map((t) => t.kind)
 * // name name op newline indent name op name op op newline dedent end
 */
export function lexPython(src: string, file: string): LexResult {
  const cur = new Cursor(src, file);
  if (src.startsWith('\uFEFF')) {
    cur.pos = 1; // a byte-order mark is not indentation
  }
  const lexer = new ModuleLexer(cur);
  lexer.run();
  return { tokens: lexer.tokens, warnings: cur.warnings };
}

class ModuleLexer {
  readonly tokens: Token[] = [];
  private readonly levels: Level[] = [{ col: 0, alt: 0 }];
  private depth = 0;
  private lineOpen = false;

  constructor(private readonly cur: Cursor) {}

  run(): void {
    const cur = this.cur;
    while (!cur.done) {
      if (!this.lineOpen && this.depth === 0) {
        this.startLine();
        continue;
      }
      skipBlank(cur, this.depth > 0);
      if (cur.done) {
        break;
      }
      if (cur.atNewline()) {
        this.endLine();
      } else if (cur.peek() === '#') {
        cur.skipToLineEnd();
      } else {
        this.push(scanToken(cur));
      }
    }
    this.finish();
  }

  // At the start of a physical line outside brackets: measure the indent,
  // skip the line if blank or comment-only, else emit INDENT/DEDENTs.
  private startLine(): void {
    const cur = this.cur;
    const level = measureIndent(cur);
    if (cur.peek() === '#') {
      cur.skipToLineEnd();
    }
    if (cur.atNewline()) {
      cur.takeNewline();
      return;
    }
    if (!cur.done) {
      this.indentTo(level);
      this.lineOpen = true;
    }
  }

  private endLine(): void {
    const cur = this.cur;
    this.tokens.push(cur.token('newline', '', cur.line, cur.col));
    cur.takeNewline();
    this.lineOpen = false;
  }

  private push(token: Token): void {
    if (token.kind === 'op' && OPENERS.has(token.text)) {
      this.depth += 1;
    } else if (token.kind === 'op' && CLOSERS.has(token.text)) {
      this.closeBracket(token);
    }
    this.tokens.push(token);
  }

  private closeBracket(token: Token): void {
    if (this.depth === 0) {
      this.cur.warn(token.line, `unmatched '${token.text}'`);
      return;
    }
    this.depth -= 1;
  }

  private indentTo(level: Level): void {
    const cur = this.cur;
    const top = this.top();
    if (level.col > top.col) {
      this.checkTabs(level.alt > top.alt);
      this.levels.push(level);
      this.tokens.push(cur.token('indent', '', cur.line, 0));
      return;
    }
    while (level.col < this.top().col) {
      this.levels.pop();
      this.tokens.push(cur.token('dedent', '', cur.line, 0));
    }
    if (level.col !== this.top().col) {
      cur.warn(cur.line, 'unindent does not match any outer indentation level');
    } else {
      this.checkTabs(level.alt === this.top().alt);
    }
  }

  // CPython also compares columns with tabs counted as 1 and rejects a line
  // whose order differs (TabError); the scanner only warns.
  private checkTabs(consistent: boolean): void {
    if (!consistent) {
      this.cur.warn(this.cur.line, 'inconsistent use of tabs and spaces in indentation');
    }
  }

  private top(): Level {
    return this.levels[this.levels.length - 1] ?? { col: 0, alt: 0 };
  }

  private finish(): void {
    const cur = this.cur;
    if (this.depth > 0) {
      cur.warn(cur.line, 'unclosed bracket at end of file');
    }
    if (this.lineOpen) {
      this.tokens.push(cur.token('newline', '', cur.line, cur.col));
    }
    for (let i = this.levels.length - 1; i > 0; i -= 1) {
      this.tokens.push(cur.token('dedent', '', cur.line, 0));
    }
    this.tokens.push(cur.token('end', '', cur.line, cur.col));
  }
}

/** Reads leading whitespace: tabs advance to the next multiple of 8. */
function measureIndent(cur: Cursor): Level {
  let col = 0;
  let alt = 0;
  for (;;) {
    const ch = cur.peek();
    if (ch === ' ') {
      col += 1;
      alt += 1;
    } else if (ch === '\t') {
      col = (Math.floor(col / 8) + 1) * 8;
      alt += 1;
    } else if (ch === '\f') {
      col = 0;
      alt = 0;
    } else {
      return { col, alt };
    }
    cur.pos += 1;
  }
}
