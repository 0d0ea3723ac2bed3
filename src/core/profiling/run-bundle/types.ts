/**
 * The run bundle: every saved run of a history as one JSON document, so a
 * person can move their history to another browser. Each entry carries the
 * history record's own fields (`meta`) and the run file itself (`run`),
 * which is loaded through the run-file pipeline like any imported file.
 */
import type { RunFile } from '../run-file/types';

/** The only bundle version this code writes. */
export const CURRENT_RUN_BUNDLE_VERSION = 1;

/** Marks a JSON document as a run bundle. */
export const RUN_BUNDLE_FORMAT = 'tickscope-run-bundle';

/** What the history knew about a run besides the run file. */
export interface RunBundleMeta {
  /** The user's name for the run (a rename survives the move). */
  readonly name: string;
  /** How the run first came into a history. */
  readonly origin: 'dashboard' | 'import';
  /** ISO time the run was first saved. */
  readonly savedAt: string;
  /** Only finished runs travel: a failed run has no run file to carry. */
  readonly status: 'complete';
}

export interface RunBundleEntry {
  readonly meta: RunBundleMeta;
  readonly run: RunFile;
}

export interface RunBundle {
  readonly format: typeof RUN_BUNDLE_FORMAT;
  readonly bundleVersion: number;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly runs: readonly RunBundleEntry[];
}
