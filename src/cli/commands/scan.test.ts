import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { main } from '../main';
import { captureOutput } from '../test-support/capture-output';
import { SCAN_HELP, scanCommand } from './scan';

const corpus = resolve(__dirname, '../../core/scanner/test-corpus');

interface JsonFunction {
  readonly file: string;
  readonly name: string;
  readonly count: number;
  readonly lines: number[];
  readonly siteGroup?: string;
}

interface JsonReport {
  readonly total: number;
  readonly byMethod: Record<string, number>;
  readonly filesScanned: number;
  readonly files: { readonly path: string; readonly count: number }[];
  readonly functions: JsonFunction[];
  readonly critical: JsonFunction[];
}

describe('tickscope scan', () => {
  let dir: string;
  const io = captureOutput();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tickscope-scan-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON object for a folder', async () => {
    expect(await scanCommand([corpus, '--json'])).toBe(0);
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.total).toBe(96);
    expect(report.filesScanned).toBe(8);
    expect(report.files[0]).toMatchObject({
      path: join(corpus, 'nesting.py'),
      count: 27,
    });
    const tick = report.functions.find((f) => f.name === 'AutonomyLoop.tick');
    expect(tick).toEqual({
      file: join(corpus, 'nesting.py'),
      name: 'AutonomyLoop.tick',
      count: 3,
      lines: [14, 19, 20],
      byMethod: { read_all: 3 },
      siteGroup: 'tick',
    });
    expect(report.critical.every((f) => f.count > 1)).toBe(true);
    expect(io.errOut).toBe('');
  });

  it('counts several names given as a list or as repeated options', async () => {
    const file = join(corpus, 'multi_methods.py');
    expect(
      await scanCommand([file, '--method', 'read_tail,read_after_id', '--json']),
    ).toBe(0);
    const listed = JSON.parse(io.out) as JsonReport;
    io.out = '';
    await scanCommand([
      file,
      '--method',
      'read_tail',
      '--method=read_after_id',
      '--json',
    ]);
    expect(JSON.parse(io.out)).toEqual(listed);
    expect(listed.byMethod).toEqual({ read_tail: 2, read_after_id: 3 });
    expect(listed.functions.map((f) => [f.name, f.lines])).toEqual([
      ['tick', [10, 11, 13]],
      ['maybe_reflect', [20, 20]],
    ]);
  });

  it('ranks files and functions in the text output', async () => {
    expect(await scanCommand([corpus, '--top', '2'])).toBe(0);
    expect(io.out).toContain('Scanned 8 Python files for read_all: 96 calls in 8 files');
    expect(io.out).toContain(
      `   27  ${join(corpus, 'nesting.py')}\n   16  ${join(corpus, 'fstrings.py')}\n\n`,
    );
    expect(io.out).toContain(
      `    7  ${join(corpus, 'fstrings.py')}  plain_fields  (lines 5, 6, 8, 9, 9, 10, 10)`,
    );
    expect(io.out).toContain(`    7x  ${join(corpus, 'fstrings.py')}::plain_fields`);
  });

  it('walks folders for *.py, skipping __pycache__, hidden folders and other files', async () => {
    for (const sub of ['pkg', 'pkg/__pycache__', '.venv']) {
      mkdirSync(join(dir, sub), { recursive: true });
    }
    writeFileSync(join(dir, 'pkg/a.py'), 'def f(log):\n    return log.read_all()\n');
    writeFileSync(join(dir, 'pkg/__pycache__/b.py'), 'x.read_all()\n');
    writeFileSync(join(dir, '.venv/c.py'), 'x.read_all()\n');
    writeFileSync(join(dir, 'pkg/notes.txt'), 'x.read_all()\n');
    expect(await scanCommand([dir, '--json'])).toBe(0);
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.filesScanned).toBe(1);
    expect(report.files).toEqual([
      { path: join(dir, 'pkg/a.py'), count: 1, byMethod: { read_all: 1 } },
    ]);
  });

  it('reports what Python would reject as warnings on stderr', async () => {
    writeFileSync(join(dir, 'bad.py'), 'x = "open\ny.read_all()\n');
    expect(await scanCommand([join(dir, 'bad.py')])).toBe(0);
    expect(io.errOut).toBe(
      `warning: ${join(dir, 'bad.py')}:1: unterminated string literal\n`,
    );
    expect(io.out).toContain('1 calls in 1 files');
  });

  it('prints only the summary when nothing is found', async () => {
    writeFileSync(join(dir, 'none.py'), 'x = 1\n');
    expect(await scanCommand([dir])).toBe(0);
    expect(io.out).toBe('Scanned 1 Python files for read_all: 0 calls in 0 files\n');
  });

  it('is reachable through the CLI registry with its help', async () => {
    expect(await main(['scan', '--help'])).toBe(0);
    expect(io.out).toBe(SCAN_HELP);
    io.out = '';
    expect(await main(['scan', join(corpus, 'multi_methods.py'), '--json'])).toBe(0);
    expect((JSON.parse(io.out) as JsonReport).total).toBe(3);
  });

  it('exits 1 naming a path that cannot be read', async () => {
    expect(await scanCommand([join(dir, 'missing.py')])).toBe(1);
    expect(io.errOut).toContain(`cannot read ${join(dir, 'missing.py')}`);
    expect(io.out).toBe('');
  });

  it('exits 2 on usage errors', async () => {
    expect(await scanCommand([])).toBe(2);
    expect(await scanCommand([corpus, '--method', 'read-all'])).toBe(2);
    expect(await scanCommand([corpus, '--top', '0'])).toBe(2);
    expect(await scanCommand([corpus, '--frobnicate'])).toBe(2);
    expect(io.errOut).toContain('not a Python identifier: read-all');
    expect(io.errOut).toContain('usage: tickscope scan');
    expect(io.out).toBe('');
  });
});
