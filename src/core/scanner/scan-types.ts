import type { ScanWarning } from './tokens';

/** One Python source handed to the scanner; the core never reads files. */
export interface SourceText {
  /** As the caller names it (relative path, dropped file name...). */
  readonly path: string;
  readonly text: string;
}

export interface ScanOptions {
  /** Attribute names to count as calls; default `['read_all']`. */
  readonly methods?: readonly string[];
}

/** Calls per requested method name, every requested name present. */
export type MethodCounts = Readonly<Record<string, number>>;

export interface CallSite {
  readonly method: string;
  /** Line of the call expression (where its receiver starts), as ast reports. */
  readonly line: number;
  /** Line where the method name is written (differs for `x\n  .read_all()`). */
  readonly methodLine: number;
}

export interface FunctionHotspot {
  readonly file: string;
  /** Qualified name: `Class.method`, `outer.inner`, `<module>`, `Class.<body>`. */
  readonly name: string;
  /** Line of the `def`/`class` header; undefined for `<module>`. */
  readonly defLine: number | undefined;
  readonly count: number;
  /** `calls[i].line` for every call in source order (repeats when a line has two). */
  readonly lines: readonly number[];
  readonly byMethod: MethodCounts;
  readonly calls: readonly CallSite[];
}

export interface FileHotspot {
  readonly path: string;
  readonly count: number;
  readonly byMethod: MethodCounts;
  /** This file's functions with at least one call, ranked. */
  readonly functions: readonly FunctionHotspot[];
}

export interface ScanReport {
  readonly methods: readonly string[];
  readonly total: number;
  readonly byMethod: MethodCounts;
  readonly filesScanned: number;
  /** Files with at least one call, most calls first, then by path. */
  readonly files: readonly FileHotspot[];
  /** Functions with at least one call, most calls first, then by file and line. */
  readonly functions: readonly FunctionHotspot[];
  /** Functions with more than one call (PMM's "critical patterns"), ranked. */
  readonly critical: readonly FunctionHotspot[];
  /** What the scanner recovered from (Python would reject these files). */
  readonly warnings: readonly ScanWarning[];
}

export type ScanErrorCode = 'no-methods' | 'bad-method-name';

/** Bad scan options. The message is neutral; the CLI and UI add advice. */
export class ScanError extends Error {
  override readonly name = 'ScanError';

  constructor(
    readonly code: ScanErrorCode,
    readonly detail: string,
  ) {
    super(detail);
  }
}
