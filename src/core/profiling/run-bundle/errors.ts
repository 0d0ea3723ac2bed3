/**
 * Why a run bundle could not be read. The message names the file and, for a
 * bad run inside it, the entry (`runs[1] ("before refactor")`).
 */
import type { RunFileError } from '../run-file/errors';

export type RunBundleErrorCode =
  | 'not-json'
  | 'not-a-bundle'
  | 'bad-version'
  | 'too-new'
  | 'invalid'
  | 'bad-run'
  | 'run-too-new'
  | 'duplicate-run';

export class RunBundleError extends Error {
  override readonly name = 'RunBundleError';

  constructor(
    readonly code: RunBundleErrorCode,
    readonly file: string,
    readonly detail: string,
    /** The index in `runs` of the entry at fault, when one is. */
    readonly entry: number | null = null,
    /** The run-file loader's error for a bad entry. */
    readonly runError: RunFileError | null = null,
  ) {
    super(`${file}: ${detail}`);
  }

  /** True when the bundle, or a run in it, was written by a newer tickscope. */
  get tooNew(): boolean {
    return this.code === 'too-new' || this.code === 'run-too-new';
  }
}
