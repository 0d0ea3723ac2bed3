import type { ScanWarning, Token, TokenKind } from './tokens';

/**
 * A read position in one source text that keeps physical line numbers right
 * across the three newline conventions (\n, \r\n, \r).
 */
export class Cursor {
  pos = 0;
  line = 1;
  private lineStart = 0;
  readonly warnings: ScanWarning[] = [];

  constructor(
    readonly src: string,
    readonly file: string,
  ) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  get col(): number {
    return this.pos - this.lineStart;
  }

  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  atNewline(offset = 0): boolean {
    const ch = this.peek(offset);
    return ch === '\n' || ch === '\r';
  }

  /** Consumes one newline (\r\n counts as one) and starts the next line. */
  takeNewline(): void {
    this.pos += this.startsWith('\r\n') ? 2 : 1;
    this.line += 1;
    this.lineStart = this.pos;
  }

  /** Consumes one character, or one newline if the cursor is on one. */
  takeChar(): void {
    if (this.atNewline()) {
      this.takeNewline();
    } else {
      this.pos += 1;
    }
  }

  skipToLineEnd(): void {
    while (!this.done && !this.atNewline()) {
      this.pos += 1;
    }
  }

  token(kind: TokenKind, text: string, line: number, col: number): Token {
    return { kind, text, line, col };
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }
}
