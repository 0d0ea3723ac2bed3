import type { LedgerErrorCode } from '../core/ledger/errors';

/** What a person can do about each ledger problem (the error itself says what is wrong). */
const HINTS: Readonly<Record<LedgerErrorCode, string>> = {
  'empty-file':
    'Check the path: PMM keeps its ledger in .data/pmm.db unless PMM_DB says otherwise.',
  'not-sqlite':
    'tickscope reads the SQLite files PMM writes (pmm.db); pass one of those.',
  truncated: 'The copy is incomplete: copy the file again, after PMM has stopped.',
  corrupt: 'Try `sqlite3 FILE "PRAGMA integrity_check"` to see the damage.',
  'bad-page-size': 'The header is damaged; the file cannot be read as SQLite.',
  'no-events-table':
    'A PMM ledger has an events table. If a FILE-wal sidecar exists, pass it with --wal.',
  'missing-columns': 'PMM ledgers have id, ts, kind, content and meta columns.',
  'wrong-column-type': 'PMM ledgers store ts, kind, content and meta as TEXT.',
  'bad-meta': 'The row still loads, with meta {}.',
  'null-hash':
    'Rows written before the hash columns existed have no hash; they cannot verify.',
  'wal-unapplied':
    'Checkpoint it with native SQLite: sqlite3 FILE "PRAGMA wal_checkpoint(TRUNCATE)" (on a copy).',
  'bad-wal':
    'The -wal sidecar is damaged or belongs to another file; run without it, or checkpoint with native SQLite.',
  'not-writable': 'This ledger has no hash columns, so tickscope cannot append to it.',
};

export function hintFor(code: LedgerErrorCode): string {
  return HINTS[code];
}
