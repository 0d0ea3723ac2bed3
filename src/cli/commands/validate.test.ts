import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { captureOutput } from '../test-support/capture-output';
import { validateCommand } from './validate';

const goodRun = resolve(__dirname, '../../core/profiling/run-file/fixtures/run-v1.json');

describe('tickscope validate', () => {
  let dir: string;
  const io = captureOutput();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tickscope-validate-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a valid run file and exits 0', async () => {
    expect(await validateCommand([goodRun])).toBe(0);
    expect(io.out).toMatch(/^ok .*run-v1\.json: schema v1/);
  });

  it('names the file and the path of the problem, and exits 1', async () => {
    const run = JSON.parse(readFileSync(goodRun, 'utf8')) as {
      scenario: { reps: unknown };
    };
    run.scenario.reps = 'five';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(run));
    expect(await validateCommand([goodRun, bad])).toBe(1);
    expect(io.errOut).toContain('bad.json');
    expect(io.errOut).toContain('scenario.reps');
  });

  it('reports an unreadable file as invalid', async () => {
    expect(await validateCommand([join(dir, 'missing.json')])).toBe(1);
    expect(io.errOut).toContain('cannot read');
  });

  it('prints one verdict per file with --json', async () => {
    expect(await validateCommand([goodRun, '--json'])).toBe(0);
    const verdicts = JSON.parse(io.out) as { ok: boolean }[];
    expect(verdicts.map((v) => v.ok)).toEqual([true]);
  });

  it('needs at least one file', async () => {
    expect(await validateCommand([])).toBe(2);
    expect(io.errOut).toContain('usage');
  });
});
