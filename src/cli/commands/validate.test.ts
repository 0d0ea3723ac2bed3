import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { validateCommand } from './validate';

const goodRun = resolve(__dirname, '../../core/profiling/run-file/fixtures/run-v1.json');

describe('tickscope validate', () => {
  let dir: string;
  let out: string;
  let errOut: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tickscope-validate-'));
    out = '';
    errOut = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errOut += String(chunk);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a valid run file and exits 0', async () => {
    expect(await validateCommand([goodRun])).toBe(0);
    expect(out).toMatch(/^ok .*run-v1\.json: schema v1/);
  });

  it('names the file and the path of the problem, and exits 1', async () => {
    const run = JSON.parse(readFileSync(goodRun, 'utf8')) as {
      scenario: { reps: unknown };
    };
    run.scenario.reps = 'five';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(run));
    expect(await validateCommand([goodRun, bad])).toBe(1);
    expect(errOut).toContain('bad.json');
    expect(errOut).toContain('scenario.reps');
  });

  it('reports an unreadable file as invalid', async () => {
    expect(await validateCommand([join(dir, 'missing.json')])).toBe(1);
    expect(errOut).toContain('cannot read');
  });

  it('prints one verdict per file with --json', async () => {
    expect(await validateCommand([goodRun, '--json'])).toBe(0);
    const verdicts = JSON.parse(out) as { ok: boolean }[];
    expect(verdicts.map((v) => v.ok)).toEqual([true]);
  });

  it('needs at least one file', async () => {
    expect(await validateCommand([])).toBe(2);
    expect(errOut).toContain('usage');
  });
});
