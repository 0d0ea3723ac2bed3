/**
 * Reading and writing run bundles. Loading is all-or-nothing: the envelope is
 * checked with zod, then every run goes through the run-file loader
 * (version check, upgrade, validation); the first bad entry fails the whole
 * bundle, so an import either takes every run or none.
 */
import { z } from 'zod';

import type { Result } from '../../result';
import { err, ok } from '../../result';
import { RunFileVersionError } from '../run-file/errors';
import { formatPath, loadRunDocument, RUN_FILE_SPEC } from '../run-file/load';
import { serializeRunFile } from '../run-file/write';
import { RunBundleError } from './errors';
import type { RunBundle, RunBundleEntry } from './types';
import { CURRENT_RUN_BUNDLE_VERSION, RUN_BUNDLE_FORMAT } from './types';

const metaSchema = z.strictObject({
  name: z.string().min(1),
  origin: z.enum(['dashboard', 'import']),
  savedAt: z.iso.datetime({ offset: true }),
  status: z.literal('complete'),
});

/** The envelope; each `run` is left to the run-file loader. */
const envelopeSchema = z.strictObject({
  format: z.literal(RUN_BUNDLE_FORMAT),
  bundleVersion: z.literal(CURRENT_RUN_BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  runs: z.array(z.strictObject({ meta: metaSchema, run: z.unknown() })),
});

type Envelope = z.infer<typeof envelopeSchema>;

/**
 * Reads a bundle's text; `file` names it in errors.
 * Example: `parseRunBundle(text, 'runs.bundle.json')` -> `{ ok: true, value: RunBundle }`.
 */
export function parseRunBundle(
  text: string,
  file: string,
): Result<RunBundle, RunBundleError> {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return err(new RunBundleError('not-json', file, `not JSON: ${why}`));
  }
  return loadRunBundle(value, file);
}

/** `parseRunBundle` for an already-parsed JSON value. */
export function loadRunBundle(
  value: unknown,
  file: string,
): Result<RunBundle, RunBundleError> {
  const version = checkVersion(value, file);
  if (!version.ok) {
    return version;
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) {
    const shown = envelope.error.issues
      .slice(0, 5)
      .map((i) => `${formatPath(i.path)}: ${i.message}`);
    return err(
      new RunBundleError('invalid', file, `invalid run bundle: ${shown.join('; ')}`),
    );
  }
  return loadEntries(envelope.data, file);
}

/**
 * Builds and serialises a bundle; every run is validated on the way out
 * (`serializeRunFile` throws `RunFileError` for a run that would not load).
 * Example: `serializeRunBundle([{ meta, run }], '2026-12-03T18:00:00Z')`.
 */
export function serializeRunBundle(
  runs: readonly RunBundleEntry[],
  exportedAt: string,
): string {
  const bundle: RunBundle = {
    format: RUN_BUNDLE_FORMAT,
    bundleVersion: CURRENT_RUN_BUNDLE_VERSION,
    exportedAt,
    runs: runs.map(({ meta, run }) => ({
      meta,
      run: JSON.parse(
        serializeRunFile(run, `run "${run.runId}"`),
      ) as RunBundleEntry['run'],
    })),
  };
  return `${JSON.stringify(bundle)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Format and version first, so a newer bundle is named as such, not as malformed. */
function checkVersion(value: unknown, file: string): Result<number, RunBundleError> {
  if (!isObject(value) || value['format'] !== RUN_BUNDLE_FORMAT) {
    const detail = `not a tickscope run bundle (expected "format": "${RUN_BUNDLE_FORMAT}")`;
    return err(new RunBundleError('not-a-bundle', file, detail));
  }
  const version = value['bundleVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const detail = `bundleVersion must be a positive integer, found ${JSON.stringify(version)}`;
    return err(new RunBundleError('bad-version', file, detail));
  }
  if (version > CURRENT_RUN_BUNDLE_VERSION) {
    const detail = `run bundle version ${version} is newer than the newest this version reads (${CURRENT_RUN_BUNDLE_VERSION})`;
    return err(new RunBundleError('too-new', file, detail));
  }
  return ok(version);
}

function loadEntries(
  envelope: Envelope,
  file: string,
): Result<RunBundle, RunBundleError> {
  const runs: RunBundleEntry[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of envelope.runs.entries()) {
    const where = `runs[${index}] ("${entry.meta.name}")`;
    const loaded = loadRunDocument(entry.run, `${file} ${where}`, RUN_FILE_SPEC);
    if (!loaded.ok) {
      const code =
        loaded.error instanceof RunFileVersionError ? 'run-too-new' : 'bad-run';
      const detail = `${where}: ${loaded.error.detail}`;
      return err(new RunBundleError(code, file, detail, index, loaded.error));
    }
    if (seen.has(loaded.value.runId)) {
      const detail = `${where}: the run id "${loaded.value.runId}" appears twice`;
      return err(new RunBundleError('duplicate-run', file, detail, index));
    }
    seen.add(loaded.value.runId);
    runs.push({ meta: entry.meta, run: loaded.value });
  }
  return ok({ ...envelope, format: RUN_BUNDLE_FORMAT, runs });
}
