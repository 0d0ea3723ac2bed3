import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../cli/sqljs-node';
import { rowsToEvents } from '../core/ledger/events';
import { LedgerError, type LedgerErrorCode } from '../core/ledger/errors';
import { nullHashError } from '../core/ledger/verify/verify-result';
import { readFixture } from '../test-support/ledger-fixtures';
import { createEmptyLedgerFile, openLedgerFile } from './ledger-open';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function openError(bytes: Uint8Array, wal?: Uint8Array): LedgerError {
  const r = openLedgerFile(SQL, bytes, { name: 'bad.db', wal });
  if (r.ok) {
    throw new Error('expected the open to fail');
  }
  return r.error;
}

function dbWith(sql: string): Uint8Array {
  const db = new SQL.Database();
  db.run(sql);
  const out = db.export();
  db.close();
  return out;
}

function expectCode(e: LedgerError, code: LedgerErrorCode, text: RegExp): void {
  expect(e).toBeInstanceOf(LedgerError);
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/^bad(\.db|\.db-wal): /);
  expect(e.message).toMatch(text);
}

describe('openLedgerFile bad input', () => {
  it('empty-file', () => {
    expectCode(openError(new Uint8Array(0)), 'empty-file', /empty/);
  });

  it('not-sqlite', () => {
    const text = new TextEncoder().encode('id,ts,kind\n'.repeat(20));
    expectCode(openError(text), 'not-sqlite', /not a SQLite database/);
    expectCode(openError(new Uint8Array([1, 2, 3])), 'not-sqlite', /too short/);
  });

  it('truncated: not a whole number of pages', () => {
    const bytes = readFixture('pmm-v1-stages.db');
    expectCode(openError(bytes.slice(0, bytes.length - 100)), 'truncated', /truncated/);
  });

  it('truncated: fewer pages than the header says', () => {
    const bytes = readFixture('pmm-v1-autonomy-3299.db');
    expectCode(
      openError(bytes.slice(0, 4096 * 10)),
      'truncated',
      /header says \d+ pages/,
    );
  });

  it('bad-page-size', () => {
    const bytes = readFixture('pmm-v1-stages.db');
    bytes[16] = 3;
    bytes[17] = 0;
    expectCode(openError(bytes), 'bad-page-size', /page size/);
  });

  it('corrupt: damaged pages', () => {
    const bytes = readFixture('pmm-v1-stages.db');
    bytes.fill(0xa5, 4096);
    expectCode(openError(bytes), 'corrupt', /SQLite could not/);
  });

  it('no-events-table', () => {
    expectCode(openError(dbWith('CREATE TABLE other (x)')), 'no-events-table', /other/);
  });

  it('missing-columns', () => {
    const bytes = dbWith(
      'CREATE TABLE events (id INTEGER PRIMARY KEY, ts TEXT, kind TEXT)',
    );
    expectCode(openError(bytes), 'missing-columns', /content, meta/);
  });

  it('wrong-column-type', () => {
    const bytes = dbWith(
      'CREATE TABLE events (id INTEGER PRIMARY KEY, ts TEXT, kind INTEGER, content TEXT, meta TEXT)',
    );
    expectCode(openError(bytes), 'wrong-column-type', /kind is INTEGER/);
  });

  it('bad-wal', () => {
    const bytes = readFixture('pmm-v1-stages.db');
    expectCode(openError(bytes, new Uint8Array(64).fill(7)), 'bad-wal', /WAL magic/);
    expectCode(
      openError(bytes, new Uint8Array(10)),
      'bad-wal',
      /shorter than a WAL header/,
    );
  });
});

describe('row-level problems', () => {
  it('bad-meta: the row is reported and the rest loads', () => {
    const ledger = createEmptyLedgerFile(SQL, 'v1', 'bad.db');
    ledger.insertRow({
      ts: 't',
      kind: 'k',
      content: '',
      metaText: '{"a": 1}',
      prevHash: null,
    });
    ledger.insertRow({
      ts: 't',
      kind: 'k',
      content: '',
      metaText: '{broken',
      prevHash: null,
    });
    const { events, badMeta } = rowsToEvents(ledger.readAll(), ledger.name);
    expect(events.map((e) => e.meta)).toEqual([{ a: 1 }, {}]);
    expect(badMeta).toEqual([
      {
        id: 2,
        reason: expect.stringMatching(
          /^bad\.db: event 2: meta is not valid JSON/,
        ) as string,
      },
    ]);
  });

  it('null-hash: verification counts it and names the first row', () => {
    const ledger = createEmptyLedgerFile(SQL, 'v1', 'bad.db');
    ledger.insertRow({
      ts: '2025-10-02T20:50:01+00:00',
      kind: 'k',
      content: '',
      metaText: '{}',
      prevHash: null,
    });
    const r = ledger.verify();
    expect(r).toMatchObject({
      status: 'broken',
      nullHashes: 1,
      firstNullHashId: 1,
      firstBadId: 1,
    });
    const e = nullHashError(r, ledger.name);
    expect(e?.code).toBe('null-hash');
    expect(e?.message).toMatch(
      /^bad\.db: 1 event has no stored hash \(NULL\), the first is event 1/,
    );
  });

  it('not-writable: setHash without hash columns', () => {
    const bytes = dbWith(
      'CREATE TABLE events (id INTEGER PRIMARY KEY, ts TEXT, kind TEXT, content TEXT, meta TEXT)',
    );
    const r = openLedgerFile(SQL, bytes, { name: 'bad.db' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.verify()).toMatchObject({ status: 'absent', scheme: null });
      expect(() => r.value.setHash(1, 'x')).toThrow(LedgerError);
    }
  });
});
