import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { RunFileVersionError } from '../run-file/errors';
import { parseRunFile } from '../run-file/load';
import type { RunFile } from '../run-file/types';
import { parseRunBundle, serializeRunBundle } from './bundle';
import type { RunBundleError } from './errors';
import type { RunBundleEntry, RunBundleMeta } from './types';

const fixturePath = path.join(__dirname, '../run-file/fixtures/run-v1.json');

function fixtureRun(): RunFile {
  const loaded = parseRunFile(readFileSync(fixturePath, 'utf8'), 'run-v1.json');
  if (!loaded.ok) {
    throw loaded.error;
  }
  return loaded.value;
}

const meta: RunBundleMeta = {
  name: 'before refactor',
  origin: 'dashboard',
  savedAt: '2026-12-03T16:30:00.000Z',
  status: 'complete',
};

function twoRuns(): RunBundleEntry[] {
  const run = fixtureRun();
  return [
    { meta, run },
    {
      meta: { ...meta, name: 'after', origin: 'import' },
      run: { ...run, runId: 'run-b' },
    },
  ];
}

function bundleDoc(): { runs: { meta: RunBundleMeta; run: Record<string, unknown> }[] } {
  return JSON.parse(serializeRunBundle(twoRuns(), '2026-12-03T18:00:00Z')) as {
    runs: { meta: RunBundleMeta; run: Record<string, unknown> }[];
  };
}

function expectError(text: string): RunBundleError {
  const result = parseRunBundle(text, 'runs.bundle.json');
  if (result.ok) {
    throw new Error('expected a RunBundleError');
  }
  return result.error;
}

describe('run bundle', () => {
  it('round-trips: every run and its history fields come back equal', () => {
    const text = serializeRunBundle(twoRuns(), '2026-12-03T18:00:00Z');
    const loaded = parseRunBundle(text, 'runs.bundle.json');
    expect(loaded.ok && loaded.value.runs).toEqual(twoRuns());
    expect(loaded.ok && loaded.value).toMatchObject({
      format: 'tickscope-run-bundle',
      bundleVersion: 1,
      exportedAt: '2026-12-03T18:00:00Z',
    });
  });

  it('rejects text that is not JSON, and JSON that is not a bundle', () => {
    const text = serializeRunBundle(twoRuns(), '2026-12-03T18:00:00Z');
    const truncated = expectError(text.slice(0, text.length / 2));
    expect(truncated.code).toBe('not-json');
    expect(truncated.message).toMatch(/^runs\.bundle\.json: not JSON/);
    expect(expectError(JSON.stringify(fixtureRun())).code).toBe('not-a-bundle');
  });

  it('names the entry and the path of a malformed run', () => {
    const doc = bundleDoc();
    const second = doc.runs[1];
    if (second === undefined) {
      throw new Error('two runs expected');
    }
    second.run = { ...second.run, runId: 7 };
    const error = expectError(JSON.stringify(doc));
    expect(error).toMatchObject({ code: 'bad-run', entry: 1 });
    expect(error.message).toContain(
      'runs.bundle.json: runs[1] ("after"): invalid run file',
    );
    expect(error.message).toContain('runId:');
  });

  it('rejects a malformed envelope with the path of the problem', () => {
    const doc = bundleDoc();
    const first = doc.runs[0];
    if (first === undefined) {
      throw new Error('two runs expected');
    }
    first.meta = { ...first.meta, status: 'running' } as unknown as RunBundleMeta;
    const error = expectError(JSON.stringify(doc));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('runs[0].meta.status');
  });

  it('rejects a bundle holding a newer-version run, naming the entry', () => {
    const doc = bundleDoc();
    const second = doc.runs[1];
    if (second === undefined) {
      throw new Error('two runs expected');
    }
    second.run = { ...second.run, schemaVersion: 2 };
    const error = expectError(JSON.stringify(doc));
    expect(error).toMatchObject({ code: 'run-too-new', entry: 1, tooNew: true });
    expect(error.runError).toBeInstanceOf(RunFileVersionError);
    expect(error.message).toContain(
      'runs[1] ("after"): run file schemaVersion 2 is newer',
    );
  });

  it('rejects a newer bundle version before looking at its runs', () => {
    const error = expectError(
      JSON.stringify({ ...bundleDoc(), bundleVersion: 2, runs: 'x' }),
    );
    expect(error).toMatchObject({ code: 'too-new', tooNew: true });
    expect(error.message).toContain('run bundle version 2 is newer');
  });

  it('rejects a bundle that holds the same run id twice', () => {
    const run = fixtureRun();
    const text = serializeRunBundle(
      [
        { meta, run },
        { meta, run },
      ],
      '2026-12-03T18:00:00Z',
    );
    expect(expectError(text)).toMatchObject({ code: 'duplicate-run', entry: 1 });
  });
});
