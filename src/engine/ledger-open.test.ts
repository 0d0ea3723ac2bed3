import { readFileSync } from 'node:fs';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../cli/sqljs-node';
import { rowsToEvents } from '../core/ledger/events';
import type { StoredRow } from '../core/ledger/types';
import { FIXTURES, fixturePath, readFixture } from '../test-support/ledger-fixtures';
import { withRollbackHeader } from './ledger-header';
import { createEmptyLedgerFile, openLedgerFile } from './ledger-open';
import type { SqlLedger } from './ledger-sql';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function open(bytes: Uint8Array, name: string): SqlLedger {
  const r = openLedgerFile(SQL, bytes, { name });
  if (!r.ok) {
    throw r.error;
  }
  return r.value;
}

/** A copy of `bytes` edited with SQL, as a new file image. */
function edited(
  bytes: Uint8Array,
  edit: (db: InstanceType<SqlJsStatic['Database']>) => void,
) {
  const db = new SQL.Database(withRollbackHeader(bytes));
  edit(db);
  const out = db.export();
  db.close();
  return out;
}

describe.each(FIXTURES)('fixture $file', (fx) => {
  it(`verifies as ${fx.scheme} with ${fx.events} events`, () => {
    const ledger = open(readFixture(fx.file), fx.file);
    const r = ledger.verify();
    expect(r).toMatchObject({
      status: 'ok',
      scheme: fx.scheme,
      events: fx.events,
      firstBadId: null,
      reason: null,
      lastVerifiedId: fx.events,
      headHash: fx.head,
    });
    ledger.close();
  });

  it('reports its header bytes, era and ranges', () => {
    const bytes = readFixture(fx.file);
    const ledger = open(bytes, fx.file);
    const info = ledger.info();
    expect(info.walMode).toBe(fx.walHeader);
    expect(info.headerWriteVersion).toBe(fx.walHeader ? 2 : 1);
    expect([info.count, info.minId, info.maxId]).toEqual([fx.events, 1, fx.events]);
    expect(info.era).toBe(fx.scheme === 'v1_id_ts' ? 'v1' : 'v2');
    expect(info.kinds.reduce((n, k) => n + k.count, 0)).toBe(fx.events);
    expect(bytes[18]).toBe(fx.walHeader ? 2 : 1);
    ledger.close();
  });

  it('loads every meta column as an object', () => {
    const ledger = open(readFixture(fx.file), fx.file);
    const { events, badMeta } = rowsToEvents(ledger.readAll(), fx.file);
    expect(events).toHaveLength(fx.events);
    expect(badMeta).toEqual([]);
    ledger.close();
  });

  it('fails at the edited row when one byte of content changes', () => {
    const bytes = readFixture(fx.file);
    const target = pickContentRow(open(bytes, fx.file).readAll());
    const tampered = edited(bytes, (db) => {
      const content = flipFirstChar(target.content);
      db.run('UPDATE events SET content = ? WHERE id = ?', [content, target.id]);
    });
    const r = open(tampered, fx.file).verify();
    expect(r).toMatchObject({
      status: 'broken',
      firstBadId: target.id,
      reason: 'hash-mismatch',
    });
    expect([r.hashMismatches, r.brokenLinks]).toEqual([1, 0]);
  });

  it('fails at the next row when a row is deleted', () => {
    const deleted = Math.ceil(fx.events / 2);
    const tampered = edited(readFixture(fx.file), (db) => {
      db.run('DELETE FROM events WHERE id = ?', [deleted]);
    });
    const r = open(tampered, fx.file).verify();
    expect(r).toMatchObject({
      status: 'broken',
      firstBadId: deleted + 1,
      reason: 'broken-link',
    });
    expect([r.hashMismatches, r.brokenLinks, r.events]).toEqual([0, 1, fx.events - 1]);
  });
});

function pickContentRow(rows: StoredRow[]): StoredRow {
  const middle = rows
    .slice(Math.floor(rows.length / 2))
    .find((r) => r.content.length > 0);
  const row = middle ?? rows.find((r) => r.content.length > 0);
  if (row === undefined) {
    throw new Error('no row with content');
  }
  return row;
}

function flipFirstChar(s: string): string {
  return (s[0] === 'x' ? 'y' : 'x') + s.slice(1);
}

describe('SqlLedger reads', () => {
  it('serves tail, after-id, by-id, max and count like the store port says', () => {
    const ledger = open(readFixture('pmm-v1-autonomy-3299.db'), 'a.db');
    expect(ledger.readTail(3).map((r) => r.id)).toEqual([3297, 3298, 3299]);
    expect(ledger.readAfterId(3297).map((r) => r.id)).toEqual([3298, 3299]);
    expect(ledger.readAfterId(10, 2).map((r) => r.id)).toEqual([11, 12]);
    expect(ledger.byId(82)?.kind).toBe('autonomy_tick');
    expect(ledger.byId(99999)).toBeUndefined();
    expect([ledger.maxId(), ledger.count()]).toEqual([3299, 3299]);
  });

  it('readEvents gives the same events as readAll + rowsToEvents, from any id', () => {
    const ledger = open(readFixture('pmm-v1-autonomy-3299.db'), 'a.db');
    const slow = rowsToEvents(ledger.readAll(), 'a.db');
    expect(ledger.readEvents()).toEqual(slow);
    expect(ledger.readEvents(3290).events.map((e) => e.id)).toEqual(
      slow.events.slice(3290).map((e) => e.id),
    );
  });

  it('never modifies the caller buffer', () => {
    const bytes = readFixture('pmm-v1-stages.db');
    const before = bytes.slice();
    const ledger = open(bytes, 's.db');
    ledger.insertRow({ ts: 't', kind: 'k', content: '', metaText: '{}', prevHash: null });
    ledger.exportBytes();
    expect(bytes).toEqual(before);
  });

  it('never modifies a Node Buffer given in rollback mode (sql.js would alias it)', () => {
    const buffer = readFileSync(fixturePath('pmm-v2-55.db'));
    const before = Buffer.from(buffer);
    const ledger = open(buffer, 'v2.db');
    ledger.insertRow({
      ts: 't',
      kind: 'k',
      content: 'x'.repeat(5000),
      metaText: '{}',
      prevHash: null,
    });
    ledger.exportBytes();
    expect(buffer.equals(before)).toBe(true);
  });

  it('resumes verification after the last verified id', () => {
    const ledger = open(readFixture('pmm-v1-commitments.db'), 'c.db');
    const first = ledger.verify();
    const again = ledger.verify();
    expect(again).toEqual(first);
    const fromStart = ledger.verify({ fromStart: true });
    expect(fromStart).toEqual(first);
  });

  it('creates empty ledgers with the era schema', () => {
    const v1 = createEmptyLedgerFile(SQL, 'v1', 'new.db');
    expect(v1.info().indexes).toEqual(
      expect.arrayContaining(['idx_events_ts', 'idx_events_kind', 'idx_metrics_lookup']),
    );
    expect(v1.verify()).toMatchObject({ status: 'ok', events: 0 });
    const reopened = open(v1.exportBytes(), 'new.db');
    expect(reopened.era).toBe('v1');
    const v2 = createEmptyLedgerFile(SQL, 'v2', 'new2.db');
    expect(open(v2.exportBytes(), 'new2.db').era).toBe('v2');
  });
});
