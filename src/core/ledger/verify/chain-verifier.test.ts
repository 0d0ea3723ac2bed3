import { describe, expect, it } from 'vitest';
import { appendEvent } from '../append';
import { MemoryLedgerStore } from '../memory-store';
import { formatLedgerTs } from '../ts-format';
import type { LedgerEra, StoredRow } from '../types';
import { ChainVerifier, verifyRows } from './chain-verifier';
import { absentVerifyResult } from './verify-result';

function chain(era: LedgerEra, n: number): StoredRow[] {
  const store = new MemoryLedgerStore();
  for (let i = 0; i < n; i++) {
    const ts = formatLedgerTs(era, 1759438200000000n + BigInt(i) * 1_500_000n);
    appendEvent(store, era, { kind: 'k', content: `c${i}`, meta: { i, f: 0.5 }, ts });
  }
  return store.readAll();
}

function edit(rows: StoredRow[], id: number, patch: Partial<StoredRow>): StoredRow[] {
  return rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
}

describe('verifyRows', () => {
  it.each(['v1', 'v2'] as const)(
    'accepts an intact %s chain and detects its scheme',
    (era) => {
      const r = verifyRows(chain(era, 6));
      expect(r).toMatchObject({
        status: 'ok',
        scheme: era === 'v1' ? 'v1_id_ts' : 'v2_no_ts',
        events: 6,
        firstBadId: null,
        reason: null,
        lastVerifiedId: 6,
      });
      expect(r.message).toMatch(/6 events checked/);
    },
  );

  it('is ok with 0 events on an empty table', () => {
    expect(verifyRows([])).toMatchObject({ status: 'ok', events: 0, scheme: null });
  });

  it('reports edited content as a hash mismatch at that row only', () => {
    const r = verifyRows(edit(chain('v1', 6), 3, { content: 'tampered' }));
    expect(r).toMatchObject({ status: 'broken', firstBadId: 3, reason: 'hash-mismatch' });
    expect([r.hashMismatches, r.brokenLinks]).toEqual([1, 0]);
  });

  it('reports a deleted row as a broken link at the next row', () => {
    const r = verifyRows(chain('v1', 6).filter((row) => row.id !== 4));
    expect(r).toMatchObject({ status: 'broken', firstBadId: 5, reason: 'broken-link' });
    expect([r.hashMismatches, r.brokenLinks, r.events]).toEqual([0, 1, 5]);
  });

  it('reports a rewritten hash as a mismatch there and a broken link after', () => {
    const r = verifyRows(edit(chain('v2', 6), 2, { hash: 'f'.repeat(64) }));
    expect(r).toMatchObject({ firstBadId: 2, reason: 'hash-mismatch' });
    expect([r.hashMismatches, r.brokenLinks]).toEqual([1, 1]);
  });

  it('counts a NULL hash as a mismatch', () => {
    const r = verifyRows(edit(chain('v1', 3), 2, { hash: null }));
    expect(r).toMatchObject({
      firstBadId: 2,
      nullHashes: 1,
      hashMismatches: 1,
      brokenLinks: 1,
    });
  });

  it('reports a non-NULL genesis prev_hash as a broken link (its hash covers it too)', () => {
    const rows = chain('v2', 2);
    const r = verifyRows(edit(rows, 1, { prevHash: 'a'.repeat(64) }));
    expect(r).toMatchObject({ firstBadId: 1, reason: 'hash-mismatch+broken-link' });
  });

  it('allows id gaps', () => {
    const rows = chain('v2', 3).map((row, i) => ({ ...row, id: [1, 5, 9][i] as number }));
    expect(verifyRows(rows)).toMatchObject({ status: 'ok', lastVerifiedId: 9 });
  });

  it('calls a pre-v1 file unverifiable, never broken', () => {
    const rows = edit(chain('v1', 2), 1, {
      ts: '2025-08-12 22:34:40',
      hash: 'b'.repeat(64),
    });
    const r = verifyRows(rows);
    expect(r.status).toBe('unverifiable');
    expect(r.message).toMatch(/neither PMM hash rule/);
  });

  it('resumes from an earlier result with the same outcome as a full scan', () => {
    const rows = edit(chain('v1', 10), 7, { content: 'x' });
    const first = verifyRows(rows.slice(0, 5));
    const resumed = new ChainVerifier({ resumeFrom: first })
      .feedAll(rows.slice(5))
      .result();
    expect(resumed).toEqual(verifyRows(rows));
    expect(() =>
      new ChainVerifier({ resumeFrom: first }).feed(rows[2] as StoredRow),
    ).toThrow(/out of order/);
  });

  it('builds an absent result', () => {
    expect(absentVerifyResult(4)).toMatchObject({ status: 'absent', scheme: null });
  });
});
