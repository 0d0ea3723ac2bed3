import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunFileError, RunFileVersionError } from './errors';
import type { RunFileFormatSpec } from './load';
import { parseRunFile, parseRunFileWith, RUN_FILE_SPEC } from './load';
import type { RunDocument } from './upgrade';
import { serializeRunFile } from './write';

const fixtureText = readFileSync(path.join(__dirname, 'fixtures/run-v1.json'), 'utf8');

function fixtureDoc(): Record<string, unknown> {
  return JSON.parse(fixtureText) as Record<string, unknown>;
}

function expectError(text: string): RunFileError {
  const result = parseRunFile(text, 'bad.json');
  if (result.ok) {
    throw new Error('expected a RunFileError');
  }
  return result.error;
}

describe('parseRunFile', () => {
  it('loads the v1 fixture', () => {
    const result = parseRunFile(fixtureText, 'run-v1.json');
    expect(result.ok).toBe(true);
  });

  it('round-trips: serialise then load gives the same run', () => {
    const first = parseRunFile(fixtureText, 'run-v1.json');
    if (!first.ok) {
      throw first.error;
    }
    const again = parseRunFile(serializeRunFile(first.value), 'again.json');
    expect(again).toEqual(first);
  });

  it('rejects text that is not JSON', () => {
    const error = expectError('{"schemaVersion": 1,');
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/^bad\.json: not JSON/);
  });

  it('rejects JSON that is not a run file', () => {
    expect(expectError('[1,2]').code).toBe('not-a-run-file');
    expect(expectError('{"schemaVersion":1}').code).toBe('not-a-run-file');
  });

  it('rejects a non-integer version', () => {
    const doc = { ...fixtureDoc(), schemaVersion: 1.5 };
    expect(expectError(JSON.stringify(doc)).code).toBe('bad-version');
  });

  it('names the path and the problem of a malformed field', () => {
    const doc = fixtureDoc();
    const text = JSON.stringify(doc).replace('"durationMs":2.5', '"durationMs":"2.5"');
    const error = expectError(text);
    expect(error.code).toBe('invalid');
    expect(error.issues[0]?.path).toBe(
      'strategies[0].repetitions[0].ticks[0].durationMs',
    );
    expect(error.message).toContain('strategies[0].repetitions[0].ticks[0].durationMs:');
    expect(error.message).toMatch(/expected number/);
  });

  it('rejects an unknown key and a read op in the derivations list', () => {
    const extra = expectError(JSON.stringify({ ...fixtureDoc(), extra: 1 }));
    expect(extra.issues[0]?.message).toMatch(/extra/);
    const text = fixtureText.replace('"projection-fold"', '"full-read"');
    const error = expectError(text);
    expect(error.issues[0]?.path).toBe(
      'strategies[0].repetitions[0].ticks[0].derivations[0].op',
    );
  });

  it('raises a RunFileVersionError for a newer version', () => {
    const error = expectError(JSON.stringify({ ...fixtureDoc(), schemaVersion: 2 }));
    expect(error).toBeInstanceOf(RunFileVersionError);
    expect(error).toMatchObject({ code: 'too-new', found: 2, supported: 1 });
    expect(error.message).toBe(
      'bad.json: run file schemaVersion 2 is newer than the newest this version reads (1)',
    );
  });

  it('refuses to serialise a run that would not load', () => {
    const first = parseRunFile(fixtureText, 'run-v1.json');
    if (!first.ok) {
      throw first.error;
    }
    const broken = { ...first.value, runId: '' };
    expect(() => serializeRunFile(broken)).toThrow(RunFileError);
  });
});

// A synthetic version 2 proves the upgrade mechanism without inventing
// history: it renames `scenario.turnEvery` to `scenario.userTurnEvery`.
const futureSpec: RunFileFormatSpec<{
  schemaVersion: number;
  scenario: { userTurnEvery: number | null };
}> = {
  currentVersion: 2,
  upgraders: {
    1: (doc: RunDocument): RunDocument => {
      const { turnEvery, ...rest } = doc['scenario'] as Record<string, unknown>;
      return { ...doc, scenario: { ...rest, userTurnEvery: turnEvery } };
    },
  },
  schema: z.looseObject({
    schemaVersion: z.literal(2),
    scenario: z.strictObject({
      ticks: z.number(),
      userTurnEvery: z.number().nullable(),
      seed: z.number().nullable(),
      reps: z.number(),
    }),
  }),
};

describe('upgrade pipeline', () => {
  it('applies each step from the file version to the current one', () => {
    const result = parseRunFileWith(fixtureText, 'run-v1.json', futureSpec);
    expect(result.ok && result.value.scenario.userTurnEvery).toBe(0);
    expect(result.ok && (result.value as { schemaVersion: number }).schemaVersion).toBe(
      2,
    );
  });

  it('fails clearly when a step is missing', () => {
    const spec = { ...futureSpec, upgraders: {} };
    const result = parseRunFileWith(fixtureText, 'run-v1.json', spec);
    expect(!result.ok && result.error.code).toBe('upgrade-failed');
  });

  it('has no steps at version 1', () => {
    expect(RUN_FILE_SPEC.currentVersion).toBe(1);
    expect(Object.keys(RUN_FILE_SPEC.upgraders)).toEqual([]);
  });
});
