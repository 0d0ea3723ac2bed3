// Real WAL pairs for the bad-input corpus (#7), written by python3's sqlite3:
// committed rows that live only in the -wal sidecar, as PMM leaves them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoredRow } from '../../src/core/ledger/types';
import type { BadInputCase } from '../../src/engine/bad-inputs/corpus-types';

const PYTHON = String.raw`
import json, os, shutil, sqlite3, sys
out, rows = sys.argv[1], json.load(sys.stdin)
DDL = [
  "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL)",
  "ALTER TABLE events ADD COLUMN prev_hash TEXT",
  "ALTER TABLE events ADD COLUMN hash TEXT",
]
def insert(con, batch):
    con.execute("BEGIN")
    con.executemany("INSERT INTO events (id, ts, kind, content, meta, prev_hash, hash) VALUES (?,?,?,?,?,?,?)", batch)
    con.execute("COMMIT")
def build(name, checkpointed, batches):
    work = os.path.join(out, name)
    os.makedirs(work)
    db = os.path.join(work, "ledger.db")
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    for sql in DDL:
        con.execute(sql)
    insert(con, rows[:checkpointed])
    if checkpointed:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for a, b in batches:
        insert(con, rows[a:b])
    # Copy while the connection is open: closing would checkpoint the -wal away.
    shutil.copyfile(db, os.path.join(out, name + ".db"))
    shutil.copyfile(db + "-wal", os.path.join(out, name + ".db-wal"))
    con.close()
build("split", 3, [(3, 6), (6, len(rows))])
build("all-in-wal", 0, [(0, len(rows))])
`;

/** Whether python3 runs here; the WAL cases are skipped (and said so) without it. */
export function hasPython3(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

interface WalPair {
  readonly db: Uint8Array;
  readonly wal: Uint8Array;
}

function buildPairs(rows: readonly StoredRow[]): { split: WalPair; allInWal: WalPair } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tickscope-wal-'));
  try {
    const input = JSON.stringify(
      rows.map((r) => [r.id, r.ts, r.kind, r.content, r.metaText, r.prevHash, r.hash]),
    );
    const proc = spawnSync('python3', ['-c', PYTHON, dir], { input, encoding: 'utf8' });
    if (proc.status !== 0) {
      throw new Error(`python3 could not build the WAL pairs: ${proc.stderr}`);
    }
    const read = (name: string): WalPair => ({
      db: new Uint8Array(readFileSync(path.join(dir, `${name}.db`))),
      wal: new Uint8Array(readFileSync(path.join(dir, `${name}.db-wal`))),
    });
    return { split: read('split'), allInWal: read('all-in-wal') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * WAL cases from a v1 chain of at least 7 rows: rows 1-3 checkpointed into
 * the main file, rows 4-6 and 7-n in two commits that live only in the -wal.
 */
export function walPairCases(rows: readonly StoredRow[]): BadInputCase[] {
  const { split, allInWal } = buildPairs(rows);
  const n = rows.length;
  const torn = split.wal.slice(0, split.wal.length - 100);
  const garbage = split.wal.slice();
  garbage.fill(0x5a, 0, 32);
  return [
    walCase(
      'wal-with-sidecar',
      'a WAL-mode ledger with its -wal sidecar (rows 4+ only in the sidecar)',
      split,
      {
        outcome: 'opens',
        count: n,
        status: 'ok',
        walApplied: true,
      },
    ),
    walCase(
      'wal-without-sidecar',
      'the same WAL-mode ledger without its sidecar (only rows 1-3)',
      { db: split.db },
      {
        outcome: 'opens',
        count: 3,
        status: 'ok',
        walApplied: false,
      },
    ),
    walCase(
      'wal-torn-last-frame',
      'the sidecar cut 100 bytes short: the last commit is torn',
      { db: split.db, wal: torn },
      {
        outcome: 'opens',
        count: 6,
        status: 'ok',
        walApplied: true,
      },
    ),
    walCase(
      'wal-garbage-sidecar',
      'a sidecar whose WAL header is overwritten',
      { db: split.db, wal: garbage },
      {
        outcome: 'error',
        code: 'bad-wal',
      },
    ),
    walCase(
      'wal-table-only-in-sidecar',
      'a WAL-mode ledger whose events table exists only in the sidecar',
      allInWal,
      {
        outcome: 'opens',
        count: n,
        status: 'ok',
        walApplied: true,
      },
    ),
    walCase(
      'wal-table-only-in-sidecar-missing',
      'the same ledger opened without its sidecar',
      { db: allInWal.db },
      {
        outcome: 'error',
        code: allInWal.db.length === 0 ? 'empty-file' : 'no-events-table',
      },
    ),
  ];
}

function walCase(
  id: string,
  title: string,
  pair: { db: Uint8Array; wal?: Uint8Array },
  expect: BadInputCase['expect'],
): BadInputCase {
  return {
    id,
    title,
    fileName: `${id}.db`,
    bytes: pair.db,
    ...(pair.wal === undefined ? {} : { wal: pair.wal }),
    expect,
  };
}
