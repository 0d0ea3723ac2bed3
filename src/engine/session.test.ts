import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadSqlJs } from '../cli/sqljs-node';
import { LedgerError } from '../core/ledger/errors';
import type { EngineProgress, EventFilter, LedgerSummary } from './protocol';
import { EngineError } from './protocol';
import { EngineSession } from './session';
import type { TaskContext } from './session-host';
import { verifyChunkRows } from './session-verify';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures');

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function context(cancelAfter = Infinity): TaskContext & { seen: EngineProgress[] } {
  const seen: EngineProgress[] = [];
  let checkpoints = 0;
  return {
    seen,
    progress: (p) => seen.push(p),
    isCancelled: () => checkpoints >= cancelAfter,
    checkpoint() {
      checkpoints += 1;
      if (checkpoints > cancelAfter) {
        return Promise.reject(
          new EngineError({ code: 'cancelled', message: 'Cancelled.' }),
        );
      }
      return Promise.resolve();
    },
  };
}

function fixtureBytes(name: string): ArrayBuffer {
  const buffer = readFileSync(path.join(fixtures, name));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

/** A copy of a fixture with one event's content changed (in memory; the fixture is untouched). */
function tamperedCopy(name: string, eventId: number): ArrayBuffer {
  const db = new SQL.Database(new Uint8Array(fixtureBytes(name)));
  db.run("UPDATE events SET content = content || ' (edited)' WHERE id = ?", [eventId]);
  const bytes = db.export();
  db.close();
  return bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
}

async function open(session: EngineSession, name: string): Promise<LedgerSummary> {
  return session.openFile({ name, bytes: fixtureBytes(name) }, context());
}

const all: EventFilter = { kind: null, text: '' };

describe('EngineSession: opening', () => {
  it('opens the 3,299-event fixture, verifies it and reports its facts', async () => {
    const session = new EngineSession(SQL);
    const ledger = await open(session, 'pmm-v1-autonomy-3299.db');
    expect(ledger).toMatchObject({
      ledgerId: 'L1',
      name: 'pmm-v1-autonomy-3299.db',
      source: 'file',
      sizeBytes: 1_617_920,
      events: 3299,
      era: 'v1',
      kindCount: 45,
      walMode: true,
      walSupplied: false,
      chain: { status: 'ok', scheme: 'v1_id_ts', checked: 3299, firstBadId: null },
    });
    expect(ledger.firstTs).toMatch(/\+00:00$/);
    expect(session.list()).toEqual([ledger]);
  });

  it('detects the v2 rule on the v2 fixture', async () => {
    const ledger = await open(new EngineSession(SQL), 'pmm-v2-55.db');
    expect(ledger).toMatchObject({
      events: 55,
      era: 'v2',
      walMode: false,
      chain: { status: 'ok', scheme: 'v2_no_ts' },
    });
  });

  it('reports a tampered copy as broken at the edited event', async () => {
    const session = new EngineSession(SQL);
    const ledger = await session.openFile(
      { name: 'tampered.db', bytes: tamperedCopy('pmm-v1-autonomy-3299.db', 1234) },
      context(),
    );
    expect(ledger.chain).toMatchObject({
      status: 'broken',
      firstBadId: 1234,
      reason: 'hash-mismatch',
    });
    const event = session.event(ledger.ledgerId, 1234);
    expect(event?.storedHash).not.toBe(event?.recomputedHash);
  });

  it('rejects random bytes with a typed LedgerError naming the file, and opens nothing', async () => {
    const session = new EngineSession(SQL);
    const bytes = new Uint8Array(8192).map((_, i) => (i * 7919) % 251).buffer;
    const opening = session.openFile({ name: 'noise.db', bytes }, context());
    await expect(opening).rejects.toBeInstanceOf(LedgerError);
    await expect(opening).rejects.toMatchObject({ file: 'noise.db' });
    expect(session.list()).toEqual([]);
  });

  it('streams verification progress in chunks and can be cancelled between them', async () => {
    const session = new EngineSession(SQL);
    const ctx = context(1);
    const opening = session.openFile(
      { name: 'g.db', bytes: fixtureBytes('pmm-v1-autonomy-3299.db') },
      ctx,
    );
    await expect(opening).rejects.toMatchObject({ code: 'cancelled' });
    expect(session.list()).toEqual([]);
    expect(ctx.seen.map((p) => p.phase)).toContain('verifying');
    expect(verifyChunkRows).toBeGreaterThan(0);
  });
});

describe('EngineSession: explorer queries', () => {
  it('counts kinds, and a kind filter agrees with the histogram', async () => {
    const session = new EngineSession(SQL);
    const { ledgerId } = await open(session, 'pmm-v1-autonomy-3299.db');
    const kinds = session.kinds(ledgerId);
    expect(kinds).toContainEqual({ kind: 'autonomy_tick', count: 300 });
    expect(kinds[0]?.count).toBeGreaterThanOrEqual(kinds[1]?.count ?? 0);
    expect(kinds.reduce((sum, k) => sum + k.count, 0)).toBe(3299);
    const ctx = context();
    expect(await session.countEvents(ledgerId, all, ctx)).toBe(3299);
    expect(
      await session.countEvents(ledgerId, { kind: 'autonomy_tick', text: '' }, ctx),
    ).toBe(300);
  });

  it('filters by text in content, meta or kind, case-insensitively', async () => {
    const session = new EngineSession(SQL);
    const { ledgerId } = await open(session, 'pmm-v1-reflections-identity.db');
    const ctx = context();
    const alice = { kind: null, text: 'ALICE' };
    const count = await session.countEvents(ledgerId, alice, ctx);
    expect(count).toBeGreaterThan(0);
    const page = await session.eventPage(ledgerId, alice, 0, 100, ctx);
    expect(page.rows).toHaveLength(count);
    for (const row of page.rows) {
      const event = session.event(ledgerId, row.id);
      const haystack =
        `${event?.content} ${event?.metaText} ${event?.kind}`.toLowerCase();
      expect(haystack).toContain('alice');
    }
    expect(
      await session.countEvents(ledgerId, { kind: null, text: 'no such text 42' }, ctx),
    ).toBe(0);
  });

  it('pages by position in the filtered list, in id order', async () => {
    const session = new EngineSession(SQL);
    const { ledgerId } = await open(session, 'pmm-v1-autonomy-3299.db');
    const ctx = context();
    const page = await session.eventPage(ledgerId, all, 3200, 100, ctx);
    expect(page.offset).toBe(3200);
    expect(page.rows.map((r) => r.id)).toEqual(
      Array.from({ length: 99 }, (_, i) => 3201 + i),
    );
    const ticks = await session.eventPage(
      ledgerId,
      { kind: 'autonomy_tick', text: '' },
      299,
      10,
      ctx,
    );
    expect(ticks.rows).toHaveLength(1);
    expect(ticks.rows[0]?.kind).toBe('autonomy_tick');
    expect((await session.eventPage(ledgerId, all, 5000, 100, ctx)).rows).toEqual([]);
  });

  it('shows one event with meta re-indented losslessly and both hashes', async () => {
    const session = new EngineSession(SQL);
    const { ledgerId } = await open(session, 'pmm-v1-reflections-identity.db');
    const event = session.event(ledgerId, 29);
    expect(event?.metaPretty).toContain('"IAS": 0.0');
    expect(event?.storedHash).toBe(
      '90ef669b04a71a665e33ae07441a96c3ec1fa28bfb599ee603109fa7134f8de9',
    );
    expect(event?.recomputedHash).toBe(event?.storedHash);
    expect(session.event(ledgerId, 999)).toBeNull();
  });

  it('answers unknown-ledger after a close', async () => {
    const session = new EngineSession(SQL);
    const { ledgerId } = await open(session, 'pmm-v1-runtime-tiny.db');
    session.close(ledgerId);
    expect(() => session.kinds(ledgerId)).toThrow(EngineError);
    expect(session.list()).toEqual([]);
  });
});

describe('EngineSession: generated ledgers', () => {
  it('generates the sample with the core generator and verifies it', async () => {
    const session = new EngineSession(SQL);
    const ctx = context();
    const ledger = await session.generate(
      { events: 2000, seed: 1, source: 'sample' },
      ctx,
    );
    expect(ledger).toMatchObject({
      name: 'sample-ledger.db',
      source: 'sample',
      events: 2000,
      era: 'v1',
      chain: { status: 'ok', scheme: 'v1_id_ts', checked: 2000 },
    });
    expect(ledger.sizeBytes).toBeGreaterThan(0);
    expect(ctx.seen.some((p) => p.phase === 'generating')).toBe(true);
    const other = new EngineSession(SQL);
    const again = await other.generate(
      { events: 2000, seed: 1, source: 'sample' },
      context(),
    );
    expect(other.event(again.ledgerId, 2000)?.storedHash).toBe(
      session.event(ledger.ledgerId, 2000)?.storedHash,
    );
  });

  it('stops generating at a cancel and keeps nothing', async () => {
    const session = new EngineSession(SQL);
    const opening = session.generate(
      { events: 50_000, seed: 3, source: 'synthetic' },
      context(1),
    );
    await expect(opening).rejects.toMatchObject({ code: 'cancelled' });
    expect(session.list()).toEqual([]);
  });

  it('refuses sizes outside 1..1,000,000', async () => {
    const session = new EngineSession(SQL);
    await expect(
      session.generate({ events: 2_000_000, seed: 1, source: 'synthetic' }, context()),
    ).rejects.toMatchObject({ code: 'bad-request' });
  });
});
