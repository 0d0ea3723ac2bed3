/**
 * One upgrader per version step. `RUN_FILE_UPGRADERS[n]` turns a version-n
 * document into a version-(n+1) document. An upgrader is never edited after
 * it ships: a later change of the format adds a new step instead.
 *
 * Version 1 is the first version, so the table is empty; the mechanism is
 * proven in `load.test.ts` with a synthetic future step.
 */
import type { Result } from '../../result';
import { err, ok } from '../../result';
import { RunFileError } from './errors';

/** A parsed JSON object whose shape is only known by its version. */
export type RunDocument = { readonly [key: string]: unknown };

export type RunFileUpgrader = (doc: RunDocument) => RunDocument;

export const RUN_FILE_UPGRADERS: Readonly<Record<number, RunFileUpgrader>> = {};

/**
 * Applies the steps from `from` up to `to`, setting `schemaVersion` after each.
 * Example: `upgradeRunDocument(doc, 1, 1, RUN_FILE_UPGRADERS, 'a.json')` is `ok(doc)`.
 */
export function upgradeRunDocument(
  doc: RunDocument,
  from: number,
  to: number,
  upgraders: Readonly<Record<number, RunFileUpgrader>>,
  file: string,
): Result<RunDocument, RunFileError> {
  let current = doc;
  for (let version = from; version < to; version += 1) {
    const step = upgraders[version];
    if (step === undefined) {
      const detail = `no upgrader from run file version ${version} to ${version + 1}`;
      return err(new RunFileError('upgrade-failed', file, detail));
    }
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return ok(current);
}
