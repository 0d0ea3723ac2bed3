/**
 * Loading a run file: parse -> upgrade to the current version -> validate.
 * Every failure is a `RunFileError` naming the file and, for invalid
 * documents, the path inside it.
 */
import type { z } from 'zod';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import type { RunFileIssue } from './errors';
import { RunFileError, RunFileVersionError } from './errors';
import { runFileSchema } from './schema';
import type { RunFile } from './types';
import { CURRENT_RUN_FILE_VERSION, RUN_FILE_FORMAT } from './types';
import type { RunDocument, RunFileUpgrader } from './upgrade';
import { RUN_FILE_UPGRADERS, upgradeRunDocument } from './upgrade';

/** What a load checks against; tests replace it to prove a future step. */
export interface RunFileFormatSpec<T> {
  readonly currentVersion: number;
  readonly upgraders: Readonly<Record<number, RunFileUpgrader>>;
  readonly schema: z.ZodType<T>;
}

export const RUN_FILE_SPEC: RunFileFormatSpec<RunFile> = {
  currentVersion: CURRENT_RUN_FILE_VERSION,
  upgraders: RUN_FILE_UPGRADERS,
  schema: runFileSchema,
};

/**
 * Reads a run file's text. `file` names it in errors (a base name is enough).
 * Example: `parseRunFile(text, 'run.json')` -> `{ ok: true, value: RunFile }`.
 */
export function parseRunFile(text: string, file: string): Result<RunFile, RunFileError> {
  return parseRunFileWith(text, file, RUN_FILE_SPEC);
}

/** `parseRunFile` against a given format spec. */
export function parseRunFileWith<T>(
  text: string,
  file: string,
  spec: RunFileFormatSpec<T>,
): Result<T, RunFileError> {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    return parsed;
  }
  return loadRunDocument(parsed.value, file, spec);
}

/** Upgrades and validates an already-parsed JSON value. */
export function loadRunDocument<T>(
  value: unknown,
  file: string,
  spec: RunFileFormatSpec<T>,
): Result<T, RunFileError> {
  const version = readVersion(value, file, spec.currentVersion);
  if (!version.ok) {
    return version;
  }
  const upgraded = upgradeRunDocument(
    version.value.doc,
    version.value.version,
    spec.currentVersion,
    spec.upgraders,
    file,
  );
  if (!upgraded.ok) {
    return upgraded;
  }
  return validateWith(upgraded.value, file, spec.schema);
}

/**
 * Validates a value that claims to be a current-version run file.
 * Example: `validateRunFile(JSON.parse(text), 'run.json')`.
 */
export function validateRunFile(
  value: unknown,
  file: string,
): Result<RunFile, RunFileError> {
  return validateWith(value, file, runFileSchema);
}

function parseJson(text: string, file: string): Result<unknown, RunFileError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return err(new RunFileError('not-json', file, `not JSON: ${why}`));
  }
}

function isDocument(value: unknown): value is RunDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readVersion(
  value: unknown,
  file: string,
  currentVersion: number,
): Result<{ doc: RunDocument; version: number }, RunFileError> {
  if (!isDocument(value) || value['format'] !== RUN_FILE_FORMAT) {
    const detail = `not a tickscope run file (expected "format": "${RUN_FILE_FORMAT}")`;
    return err(new RunFileError('not-a-run-file', file, detail));
  }
  const version = value['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const detail = `schemaVersion must be a positive integer, found ${JSON.stringify(version)}`;
    return err(new RunFileError('bad-version', file, detail));
  }
  if (version > currentVersion) {
    return err(new RunFileVersionError(file, version, currentVersion));
  }
  return ok({ doc: value, version });
}

function validateWith<T>(
  value: unknown,
  file: string,
  schema: z.ZodType<T>,
): Result<T, RunFileError> {
  const result = schema.safeParse(value);
  if (result.success) {
    return ok(result.data);
  }
  const issues = result.error.issues.map(toIssue);
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  const detail = `invalid run file: ${shown.join('; ')}${more}`;
  return err(new RunFileError('invalid', file, detail, issues));
}

function toIssue(issue: z.core.$ZodIssue): RunFileIssue {
  return { path: formatPath(issue.path), message: issue.message };
}

/** `['a', 0, 'b']` -> `a[0].b`; the root is `(document)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out +=
      typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}
