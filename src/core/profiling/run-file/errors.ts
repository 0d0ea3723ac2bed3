/**
 * Why a run file could not be read. Messages are neutral and name the file;
 * the CLI and the dashboard add their own advice.
 */
export type RunFileErrorCode =
  | 'not-json'
  | 'not-a-run-file'
  | 'bad-version'
  | 'too-new'
  | 'upgrade-failed'
  | 'invalid';

/** One problem found by validation: where in the document, and what is wrong. */
export interface RunFileIssue {
  /** A JSON path such as `strategies[0].repetitions[0].ticks[3].durationMs`. */
  readonly path: string;
  readonly message: string;
}

export class RunFileError extends Error {
  override readonly name: string = 'RunFileError';

  constructor(
    readonly code: RunFileErrorCode,
    readonly file: string,
    readonly detail: string,
    readonly issues: readonly RunFileIssue[] = [],
  ) {
    super(`${file}: ${detail}`);
  }
}

/** The file was written by a newer tickscope than this one. */
export class RunFileVersionError extends RunFileError {
  override readonly name = 'RunFileVersionError';

  constructor(
    file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      'too-new',
      file,
      `run file schemaVersion ${found} is newer than the newest this version reads (${supported})`,
    );
  }
}

export function isRunFileError(value: unknown): value is RunFileError {
  return value instanceof RunFileError;
}
