import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withRollbackHeader } from '../../engine/ledger-header';
import {
  FIXTURES,
  findPython,
  fixturePath,
  PYTHON_SKIP_NOTE,
  readFixture,
  REPO_ROOT,
  runPython,
} from '../../test-support/ledger-fixtures';
import { loadSqlJs } from '../sqljs-node';
import { captureOutput } from '../test-support/capture-output';
import { verifyCommand } from './verify';

let dir: string;
const io = captureOutput();

beforeAll(async () => {
  await loadSqlJs();
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tks-verify-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function verifyJson(file: string, extra: string[] = []) {
  const code = await verifyCommand([file, '--json', ...extra]);
  return { code, json: JSON.parse(io.out) as Record<string, unknown> };
}

/** Writes a SQL-edited copy of a fixture into the temp dir. */
async function editedCopy(file: string, sql: string, params: (string | number)[] = []) {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(withRollbackHeader(readFixture(file)));
  // exec runs every statement; run with parameters runs only the first.
  if (params.length === 0) {
    db.exec(sql);
  } else {
    db.run(sql, params);
  }
  const target = path.join(dir, `edited-${file}`);
  writeFileSync(target, db.export());
  db.close();
  return target;
}

describe('tickscope verify', () => {
  it.each(FIXTURES)('$file: ok, $scheme, $events events, exit 0', async (fx) => {
    const { code, json } = await verifyJson(fixturePath(fx.file));
    expect(code).toBe(0);
    expect(json).toMatchObject({
      events: fx.events,
      scheme: fx.scheme,
      status: 'ok',
      firstBadId: null,
      reason: null,
      headHash: fx.head,
    });
  });

  it('exits 1 with the edited row on a content change', async () => {
    const file = await editedCopy(
      'pmm-v1-autonomy-3299.db',
      "UPDATE events SET content = 'autonomy heartbeaT' WHERE id = 1000",
    );
    const before = readFileSync(file);
    const { code, json } = await verifyJson(file);
    expect(code).toBe(1);
    expect(json).toMatchObject({
      status: 'broken',
      firstBadId: 1000,
      reason: 'hash-mismatch',
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('exits 1 with the next row when a row is deleted', async () => {
    const file = await editedCopy('pmm-v2-55.db', 'DELETE FROM events WHERE id = 20');
    const { code, json } = await verifyJson(file);
    expect(code).toBe(1);
    expect(json).toMatchObject({
      status: 'broken',
      firstBadId: 21,
      reason: 'broken-link',
    });
  });

  it('prints a readable verdict without --json', async () => {
    const file = await editedCopy('pmm-v1-stages.db', 'DELETE FROM events WHERE id = 30');
    expect(await verifyCommand([file])).toBe(1);
    expect(io.out).toMatch(
      /^edited-pmm-v1-stages\.db: BROKEN - chain broken at event 31/,
    );
  });

  it('exits 0 with status absent when there are no hash columns', async () => {
    const file = await editedCopy(
      'pmm-v1-runtime-tiny.db',
      'CREATE TABLE t AS SELECT id, ts, kind, content, meta FROM events; DROP TABLE events; ALTER TABLE t RENAME TO events',
    );
    const { code, json } = await verifyJson(file);
    expect([code, json.status, json.scheme]).toEqual([0, 'absent', null]);
  });

  it('exits 3 for rows under an unknown hash rule', async () => {
    const file = await editedCopy(
      'pmm-v1-runtime-tiny.db',
      "UPDATE events SET ts = '2025-08-12 22:34:40', hash = 'ab' WHERE id = 1",
    );
    const { code, json } = await verifyJson(file);
    expect([code, json.status]).toEqual([3, 'unverifiable']);
  });

  it('exits 2 with the file named on stderr when it cannot be read', async () => {
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'just some text, not a database at all'.repeat(10));
    expect(await verifyCommand([file])).toBe(2);
    expect(io.errOut).toMatch(/notes\.db: not a SQLite database/);
    expect(await verifyCommand([path.join(dir, 'missing.db')])).toBe(2);
    expect(io.errOut).toMatch(/missing\.db: no such file/);
  });

  it('exits 2 on wrong arguments', async () => {
    expect(await verifyCommand([])).toBe(2);
    expect(await verifyCommand(['a.db', '--bogus'])).toBe(2);
    expect(io.errOut).toMatch(/usage: tickscope verify/);
  });

  it.runIf(findPython() === null)(PYTHON_SKIP_NOTE, () => undefined);

  it.skipIf(findPython() === null)('uses a sibling FILE-wal and says so', async () => {
    const file = path.join(dir, 'pmm.db');
    copyFileSync(fixturePath('pmm-v1-runtime-tiny.db'), file);
    chmodSync(file, 0o644);
    runPython(
      `import sqlite3, shutil, sys
con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA wal_autocheckpoint=0')
con.execute("CREATE TABLE side (x)"); con.execute("INSERT INTO side VALUES (1)"); con.commit()
shutil.copy(sys.argv[1] + '-wal', sys.argv[1] + '-wal.keep'); con.close()
shutil.move(sys.argv[1] + '-wal.keep', sys.argv[1] + '-wal')`,
      [file],
    );
    const { code, json } = await verifyJson(file);
    expect(code).toBe(0);
    expect(json).toMatchObject({ status: 'ok', events: 5 });
    expect(json.wal).toMatchObject({ path: `${file}-wal`, commitsApplied: 2 });
    expect(io.errOut).toMatch(
      /using sidecar .*pmm\.db-wal \(found beside the file and applied/,
    );
  });
});

describe('bin/tickscope.js', () => {
  it('runs verify as a process with exit codes', () => {
    const bin = path.join(REPO_ROOT, 'bin/tickscope.js');
    const ok = spawnSync('node', [bin, 'verify', '--json', fixturePath('pmm-v2-55.db')], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'ok', events: 55 });
    const help = spawnSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/verify .*\n.*generate/);
    const sub = spawnSync('node', [bin, 'verify', '--help'], { encoding: 'utf8' });
    expect(sub.stdout).toMatch(/exit codes:\n {2}0 {2}ok/);
  });
});
