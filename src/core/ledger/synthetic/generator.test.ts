import { describe, expect, it } from 'vitest';
import { rowsToEvents } from '../events';
import { parseLedgerTs } from '../ts-format';
import { verifyRows } from '../verify/chain-verifier';
import { generateSyntheticRows } from './generator';

describe('generateSyntheticRows', () => {
  const rows = [...generateSyntheticRows({ events: 2000, seed: 42 })];

  it('yields exactly N rows with ids 1..N and a valid v1 chain', () => {
    expect(rows).toHaveLength(2000);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(verifyRows(rows)).toMatchObject({
      status: 'ok',
      scheme: 'v1_id_ts',
      events: 2000,
    });
  });

  it('is deterministic per seed', () => {
    const again = [...generateSyntheticRows({ events: 2000, seed: 42 })];
    expect(again).toEqual(rows);
    const other = [...generateSyntheticRows({ events: 2000, seed: 43 })];
    expect(other.at(-1)?.hash).not.toBe(rows.at(-1)?.hash);
  });

  it('keeps ts strictly increasing in the v1 format, sometimes without a fraction', () => {
    const micros = rows.map((r) => parseLedgerTs(r.ts));
    expect(micros.every((m, i) => i === 0 || m > (micros[i - 1] as bigint))).toBe(true);
    expect(rows.every((r) => r.ts.endsWith('+00:00'))).toBe(true);
    expect(rows.some((r) => /:\d\d\+00:00$/.test(r.ts))).toBe(true);
  });

  it('reads like a PMM ledger: an adoption first, ticks about every ten events', () => {
    const { events, badMeta } = rowsToEvents(rows, 'synthetic');
    expect(badMeta).toEqual([]);
    expect(events[0]?.kind).toBe('identity_adopt');
    const kinds = new Map<string, number>();
    for (const e of events) {
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    }
    const ticks = kinds.get('autonomy_tick') ?? 0;
    expect(ticks).toBeGreaterThan(2000 / 14);
    expect(ticks).toBeLessThan(2000 / 7);
    for (const kind of [
      'reflection',
      'commitment_open',
      'commitment_expire',
      'user',
      'response',
      'bandit_reward',
      'stage_progress',
      'reflection_skipped',
    ]) {
      expect(kinds.get(kind), kind).toBeGreaterThan(0);
    }
  });

  it('writes meta in PMM key order with Python separators', () => {
    const tick = rows.find((r) => r.kind === 'autonomy_tick');
    expect(tick?.metaText).toMatch(
      /^\{"telemetry": \{"IAS": [\d.]+, "GAS": [\d.]+\}, "reflect": \{"did": (true|false), "reason": "\w+"\}, "source": "AutonomyLoop"\}$/,
    );
  });

  it('uses the start time it is given', () => {
    const [first] = generateSyntheticRows({ events: 1, seed: 1, startEpochMicros: 0n });
    expect(first?.ts.startsWith('1970-01-01T00:00:00')).toBe(true);
  });
});
