/**
 * Writing a run file. Only the current version is ever written, and a
 * document that would not load again is refused.
 */
import { RunFileError } from './errors';
import { validateRunFile } from './load';
import type { RunFile } from './types';

/**
 * Serialises a run as compact JSON after validating it; throws `RunFileError`
 * (code `invalid`) when the run would not load again: that is a producer bug.
 * Example: `fs.writeFileSync(out, serializeRunFile(run))`.
 */
export function serializeRunFile(run: RunFile, file = 'run file'): string {
  const checked = validateRunFile(run, file);
  if (!checked.ok) {
    throw new RunFileError('invalid', file, checked.error.detail, checked.error.issues);
  }
  return `${JSON.stringify(checked.value)}\n`;
}
