import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../cli/sqljs-node';
import {
  findPython,
  fixturePath,
  PYTHON_SKIP_NOTE,
  runPython,
} from '../test-support/ledger-fixtures';
import { openLedgerFile } from './ledger-open';

// Python's sqlite3 writes the WAL pairs: it appends PMM-style rows with
// autocheckpoint off and copies the database and its -wal while the
// connection is still open, so the committed rows live only in the sidecar.
const MAKE_WAL_PAIR = `
import sqlite3, shutil, json, hashlib, sys, os
src, work, out, fresh = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == '1'
db = os.path.join(work, 'ledger.db')
if not fresh:
    shutil.copy(src, db)
con = sqlite3.connect(db)
con.execute('PRAGMA journal_mode=WAL')
con.execute('PRAGMA wal_autocheckpoint=0')
if fresh:
    con.execute('CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL, prev_hash TEXT, hash TEXT)')
    con.commit()
def canon(o):
    return json.dumps(o, sort_keys=True, separators=(",", ":")).encode()
for i in range(40):
    prev = con.execute('SELECT hash FROM events ORDER BY id DESC LIMIT 1').fetchone()
    prev = prev[0] if prev else None
    ts = '2026-12-03T16:00:%02d.%06d+00:00' % (i, i + 1)
    meta = {"i": i, "f": 0.0, "s": "caf\\u00e9"}
    cur = con.execute('INSERT INTO events (ts, kind, content, meta, prev_hash) VALUES (?,?,?,?,?)', (ts, 'wal_row', 'row %d' % i, json.dumps(meta), prev))
    h = hashlib.sha256(canon({"id": cur.lastrowid, "ts": ts, "kind": "wal_row", "content": 'row %d' % i, "meta": meta, "prev_hash": prev})).hexdigest()
    con.execute('UPDATE events SET hash=? WHERE id=?', (h, cur.lastrowid))
    con.commit()
shutil.copy(db, os.path.join(out, 'ledger.db'))
shutil.copy(db + '-wal', os.path.join(out, 'ledger.db-wal'))
print(os.path.getsize(db + '-wal'))
con.close()
`;

const python = findPython();
let SQL: SqlJsStatic;
let dir: string;

beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(path.join(tmpdir(), 'tks-wal-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function makePair(name: string, fresh: boolean): { db: Uint8Array; wal: Uint8Array } {
  const work = path.join(dir, `${name}-work`);
  const out = path.join(dir, name);
  runPython(`import os; os.makedirs("${work}"); os.makedirs("${out}")`);
  const src = fixturePath('pmm-v1-runtime-tiny.db');
  runPython(MAKE_WAL_PAIR, [src, work, out, fresh ? '1' : '0']);
  return {
    db: new Uint8Array(readFileSync(path.join(out, 'ledger.db'))),
    wal: new Uint8Array(readFileSync(path.join(out, 'ledger.db-wal'))),
  };
}

describe.skipIf(python === null)('WAL sidecar replay (python3 sqlite3)', () => {
  it('applies committed frames: rows only in the -wal are shown and verify', () => {
    const { db, wal } = makePair('append', false);
    const without = openLedgerFile(SQL, db, { name: 'ledger.db' });
    const withWal = openLedgerFile(SQL, db, { name: 'ledger.db', wal });
    expect(without.ok && without.value.count()).toBe(5);
    if (!withWal.ok) {
      throw withWal.error;
    }
    expect(withWal.value.count()).toBe(45);
    expect(withWal.value.info()).toMatchObject({ walCommitsApplied: 40, walMode: true });
    expect(withWal.value.verify()).toMatchObject({
      status: 'ok',
      events: 45,
      scheme: 'v1_id_ts',
    });
  });

  it('finds an events table that exists only in the -wal', () => {
    const { db, wal } = makePair('fresh', true);
    const without = openLedgerFile(SQL, db, { name: 'ledger.db' });
    expect(!without.ok && without.error.code).toBe('no-events-table');
    expect(!without.ok && without.error.message).toMatch(/only in its -wal sidecar/);
    const withWal = openLedgerFile(SQL, db, { name: 'ledger.db', wal });
    expect(withWal.ok && withWal.value.verify()).toMatchObject({
      status: 'ok',
      events: 40,
    });
  });

  it('ignores a torn last frame (a checksum that does not verify)', () => {
    const { db, wal } = makePair('torn', false);
    const torn = wal.slice();
    torn[torn.length - 10] = (torn[torn.length - 10] ?? 0) ^ 0xff;
    const r = openLedgerFile(SQL, db, { name: 'ledger.db', wal: torn });
    expect(r.ok && r.value.count()).toBe(44);
    expect(r.ok && r.value.verify().status).toBe('ok');
  });
});

describe.runIf(python === null)('WAL sidecar replay', () => {
  it.skip(PYTHON_SKIP_NOTE, () => undefined);
});
