import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyObjectArb, pyStringArb } from '../json/py-arbitrary';
import { appendEvent, schemeOfEra } from './append';
import { canonicalMetaOfText } from './hash';
import { MemoryLedgerStore } from './memory-store';
import { formatLedgerTs } from './ts-format';
import type { LedgerEra, StoredRow } from './types';
import { verifyRows } from './verify/chain-verifier';

/**
 * Property tests of the hash chain (#7): whatever is appended verifies, in
 * both eras; and one changed byte in a hashed field is reported at its row.
 */

const START_MICROS = 1_759_438_200_000_000n;

const eraArb = fc.constantFrom<LedgerEra>('v1', 'v2');

const eventArb = fc.record({
  kind: fc.oneof(fc.constantFrom('autonomy_tick', 'reflection', 'user'), pyStringArb),
  content: pyStringArb,
  meta: pyObjectArb,
  // Steps of whole seconds too, so v1 drops the fraction (isoformat rule).
  stepMicros: fc.oneof(fc.bigInt({ min: 0n, max: 5_000_000n }), fc.constant(1_000_000n)),
});

type GenEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(era: LedgerEra, events: readonly GenEvent[]): StoredRow[] {
  const store = new MemoryLedgerStore();
  let micros = START_MICROS;
  for (const e of events) {
    micros += e.stepMicros;
    const ts = formatLedgerTs(era, micros);
    appendEvent(store, era, { kind: e.kind, content: e.content, meta: e.meta, ts });
  }
  return store.readAll();
}

describe('append then verify (property)', () => {
  it('never fails, in either era', () => {
    fc.assert(
      fc.property(
        eraArb,
        fc.array(eventArb, { minLength: 1, maxLength: 8 }),
        (era, evs) => {
          const rows = buildLedger(era, evs);
          const r = verifyRows(rows);
          expect(r).toMatchObject({
            status: 'ok',
            scheme: schemeOfEra(era),
            events: evs.length,
            firstBadId: null,
            lastVerifiedId: evs.length,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The hashed text fields a byte change can hit; ts only counts in v1. */
type Field = 'content' | 'kind' | 'metaText' | 'ts';

const editArb = fc.record({
  field: fc.constantFrom<Field>('content', 'kind', 'metaText', 'ts'),
  rowPick: fc.nat(),
  posPick: fc.nat(),
  // Printable ASCII as the new byte: it survives a UTF-8 round trip as is.
  newByte: fc.integer({ min: 0x20, max: 0x7e }),
});

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** Replaces one UTF-16 unit of the field (appending one when it is empty). */
function applyEdit(rows: StoredRow[], e: Edit): { rows: StoredRow[]; row: StoredRow } {
  const index = e.rowPick % rows.length;
  const row = rows[index] as StoredRow;
  const text = row[e.field];
  const pos = text.length === 0 ? 0 : e.posPick % text.length;
  const edited =
    text.slice(0, pos) + String.fromCharCode(e.newByte) + text.slice(pos + 1);
  const changed = { ...row, [e.field]: edited };
  return { rows: rows.map((r, i) => (i === index ? changed : r)), row: changed };
}

/** Whether PMM's rule hashes the edit: meta counts by its parsed value only. */
function isHashedChange(era: LedgerEra, before: StoredRow, after: StoredRow): boolean {
  if (before.content !== after.content || before.kind !== after.kind) {
    return true;
  }
  if (before.ts !== after.ts) {
    return era === 'v1';
  }
  return canonicalMetaOfText(before.metaText) !== canonicalMetaOfText(after.metaText);
}

describe('one changed byte in a hashed field (property)', () => {
  it('is reported at that row and nowhere else; unhashed changes verify', () => {
    fc.assert(
      fc.property(
        eraArb,
        fc.array(eventArb, { minLength: 1, maxLength: 6 }),
        editArb,
        (era, evs, edit) => {
          const rows = buildLedger(era, evs);
          const before = rows[edit.rowPick % rows.length] as StoredRow;
          const { rows: tampered, row } = applyEdit(rows, edit);
          const r = verifyRows(tampered, { scheme: schemeOfEra(era) });

          if (!isHashedChange(era, before, row)) {
            expect(r.status).toBe('ok');
            return;
          }
          expect(r).toMatchObject({
            status: 'broken',
            firstBadId: row.id,
            reason: 'hash-mismatch',
            hashMismatches: 1,
            brokenLinks: 0,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detects every content, kind and v1 ts edit (the edit always changes the text)', () => {
    fc.assert(
      fc.property(
        eraArb,
        fc.array(eventArb, { minLength: 1, maxLength: 4 }),
        editArb.filter((e) => e.field !== 'metaText'),
        (era, evs, edit) => {
          const rows = buildLedger(era, evs);
          const before = rows[edit.rowPick % rows.length] as StoredRow;
          const { rows: tampered, row } = applyEdit(rows, edit);
          fc.pre(before[edit.field] !== row[edit.field]);
          const r = verifyRows(tampered, { scheme: schemeOfEra(era) });
          const hashed = edit.field !== 'ts' || era === 'v1';
          expect(r.firstBadId).toBe(hashed ? row.id : null);
        },
      ),
      { numRuns: 200 },
    );
  });
});
