import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPython, ORACLE, runPython } from '../../test-support/ledger-fixtures';
import { captureOutput } from '../test-support/capture-output';
import { generateCommand } from './generate';
import { verifyCommand } from './verify';

let dir: string;
const io = captureOutput();

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tks-generate-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tickscope generate', () => {
  it('writes a ledger that verifies, the same bytes for the same seed', async () => {
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    expect(await generateCommand(['--events', '1500', '--seed', '9', '--out', a])).toBe(
      0,
    );
    expect(await generateCommand(['--events', '1500', '--seed', '9', '--out', b])).toBe(
      0,
    );
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    io.out = '';
    expect(await verifyCommand([a, '--json'])).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({
      status: 'ok',
      events: 1500,
      scheme: 'v1_id_ts',
    });
  });

  it.skipIf(findPython() === null)('passes the Python oracle', async () => {
    const file = path.join(dir, 'o.db');
    expect(await generateCommand(['--events', '800', '--seed', '1', '--out', file])).toBe(
      0,
    );
    const report = runPython(
      `import runpy, sys; sys.argv = ['v', '${file}']; runpy.run_path('${ORACLE}', run_name='__main__')`,
    );
    expect(report).toMatch(/OK scheme=v1_id_ts verified=800\/800/);
  });

  it('never overwrites an existing file', async () => {
    const file = path.join(dir, 'keep.db');
    writeFileSync(file, 'precious');
    expect(await generateCommand(['--events', '5', '--seed', '1', '--out', file])).toBe(
      2,
    );
    expect(io.errOut).toMatch(/refusing to overwrite/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it.each([
    [['--seed', '1', '--out', 'x.db'], /--events/],
    [['--events', '0', '--seed', '1', '--out', 'x.db'], /--events/],
    [['--events', '5', '--seed', 'abc', '--out', 'x.db'], /--seed/],
    [['--events', '5', '--seed', '1'], /--out/],
  ])('rejects %j', async (args, message) => {
    expect(await generateCommand(args)).toBe(2);
    expect(io.errOut).toMatch(message);
  });
});
