import { describe, expect, it } from 'vitest';
import { PyFloat } from '../json/py-value';
import { appendEvent } from './append';
import { rowsToEvents } from './events';
import { hashStoredRow } from './hash';
import { MemoryLedgerStore } from './memory-store';
import { formatLedgerTs, parseLedgerTs } from './ts-format';
import type { StoredRow } from './types';

describe('ledger timestamps', () => {
  it('formats v1 as isoformat, dropping a zero fraction', () => {
    expect(formatLedgerTs('v1', 1759438201000000n)).toBe('2025-10-02T20:50:01+00:00');
    expect(formatLedgerTs('v1', 1759438200123456n)).toBe(
      '2025-10-02T20:50:00.123456+00:00',
    );
    expect(formatLedgerTs('v1', 1759438202000001n)).toBe(
      '2025-10-02T20:50:02.000001+00:00',
    );
  });

  it('formats v2 with six digits and Z', () => {
    expect(formatLedgerTs('v2', 1759438201000000n)).toBe('2025-10-02T20:50:01.000000Z');
  });

  it('parses every era leniently and round-trips', () => {
    expect(parseLedgerTs('2025-10-02T20:50:01+00:00')).toBe(1759438201000000n);
    expect(parseLedgerTs('2025-10-02T20:50:01.5Z')).toBe(1759438201500000n);
    expect(parseLedgerTs('2025-10-02 14:50:01-06:00')).toBe(1759438201000000n);
    expect(parseLedgerTs('2025-10-02T20:50:01')).toBe(1759438201000000n);
    for (const us of [0n, 1n, 999999n, 1759438200123456n]) {
      expect(parseLedgerTs(formatLedgerTs('v1', us))).toBe(us);
      expect(parseLedgerTs(formatLedgerTs('v2', us))).toBe(us);
    }
    expect(() => parseLedgerTs('yesterday')).toThrow(/not a ledger timestamp/);
  });
});

describe('rowsToEvents', () => {
  const base: StoredRow = {
    id: 1,
    ts: 't',
    kind: 'k',
    content: '',
    metaText: '{"IAS": 0.0}',
    prevHash: null,
    hash: null,
  };

  it('parses meta losslessly and reports bad rows with meta {}', () => {
    const rows = [
      base,
      { ...base, id: 2, metaText: '{oops' },
      { ...base, id: 3, metaText: '[1]' },
      { ...base, id: 4, metaText: '' },
    ];
    const { events, badMeta } = rowsToEvents(rows, 'x.db');
    expect(events[0]?.meta).toEqual({ IAS: new PyFloat(0) });
    expect(events.slice(1).map((e) => e.meta)).toEqual([{}, {}, {}]);
    expect(badMeta.map((b) => b.id)).toEqual([2, 3]);
    expect(badMeta[0]?.reason).toMatch(/^x\.db: event 2: meta is not valid JSON/);
  });
});

describe('appendEvent and MemoryLedgerStore', () => {
  it('writes v1 rows as PMM does and links them', () => {
    const store = new MemoryLedgerStore();
    const ts = formatLedgerTs('v1', 1759438201000000n);
    appendEvent(store, 'v1', { kind: 'a', content: 'x', meta: { b: 1, a: 0.5 }, ts });
    appendEvent(store, 'v1', { kind: 'b', content: '', meta: {}, ts });
    const [r1, r2] = store.readAll() as [StoredRow, StoredRow];
    expect(r1.metaText).toBe('{"b": 1, "a": 0.5}');
    expect(r1.prevHash).toBeNull();
    expect(r2.prevHash).toBe(r1.hash);
    expect(hashStoredRow('v1_id_ts', r1)).toBe(r1.hash);
    expect(hashStoredRow('v1_id_ts', r2)).toBe(r2.hash);
  });

  it('writes v2 rows with canonical meta and the v2 rule', () => {
    const store = new MemoryLedgerStore();
    const ts = formatLedgerTs('v2', 1n);
    const e = appendEvent(store, 'v2', {
      kind: 'a',
      content: '',
      meta: { b: 1, a: 2 },
      ts,
    });
    const r = store.byId(e.id) as StoredRow;
    expect(r.metaText).toBe('{"a":2,"b":1}');
    expect(hashStoredRow('v2_no_ts', r)).toBe(r.hash);
  });

  it('serves reads in id order with gaps', () => {
    const rows = [1, 3, 7].map((id) => ({
      id,
      ts: '',
      kind: 'k',
      content: '',
      metaText: '{}',
      prevHash: null,
      hash: null,
    }));
    const store = new MemoryLedgerStore(rows);
    expect(store.readAfterId(1).map((r) => r.id)).toEqual([3, 7]);
    expect(store.readAfterId(0, 2).map((r) => r.id)).toEqual([1, 3]);
    expect(store.readTail(2).map((r) => r.id)).toEqual([3, 7]);
    expect(store.byId(3)?.id).toBe(3);
    expect(store.byId(4)).toBeUndefined();
    expect([store.maxId(), store.count()]).toEqual([7, 3]);
    expect(
      store.insertRow({ ts: '', kind: 'k', content: '', metaText: '{}', prevHash: null }),
    ).toBe(8);
  });
});
