import { canonicalJson, pythonDumps } from '../../json/py-json-dump';
import { hashFields } from '../hash';
import { formatLedgerTs } from '../ts-format';
import type { StoredRow } from '../types';
import { SeededRng } from './prng';
import { bootstrapEvents, initialState, planTick, type PlannedEvent } from './tick-plan';

export interface SyntheticOptions {
  readonly events: number;
  readonly seed: number;
  /** First event's time; default 2025-10-02T20:50:00Z (the v1 era). */
  readonly startEpochMicros?: bigint;
}

const DEFAULT_START = 1759438200000000n;

/**
 * Streams a deterministic synthetic PMM v1 ledger: an identity adoption
 * first, then autonomy ticks of about ten events each (user turns every third
 * tick, skips and occasional reflections, bandit events, stage progress,
 * commitments opened, closed and expired, evaluations), each row linked and
 * hashed under v1_id_ts, ts increasing. Same options, same rows.
 *
 * @example createLedgerFromRows(SQL, 'v1', 'sample.db', generateSyntheticRows({ events: 1000, seed: 7 }))
 */
export function* generateSyntheticRows(opts: SyntheticOptions): Generator<StoredRow> {
  const rng = new SeededRng(opts.seed);
  const state = initialState();
  let micros = Number(opts.startEpochMicros ?? DEFAULT_START);
  let prevHash: string | null = null;
  let id = 0;
  let batch: PlannedEvent[] = bootstrapEvents();
  while (id < opts.events) {
    for (const planned of batch) {
      if (id >= opts.events) {
        return;
      }
      id++;
      micros = nextMicros(micros, rng);
      const row = toRow(id, formatLedgerTs('v1', BigInt(micros)), planned, prevHash);
      prevHash = row.hash;
      yield row;
    }
    batch = planTick(state, rng);
  }
}

/** Milliseconds apart, now and then on a whole second (so v1 drops the fraction). */
function nextMicros(micros: number, rng: SeededRng): number {
  const next = micros + rng.int(200, 40_000);
  return rng.chance(0.01) ? Math.ceil(next / 1_000_000) * 1_000_000 : next;
}

function toRow(
  id: number,
  ts: string,
  e: PlannedEvent,
  prevHash: string | null,
): StoredRow {
  const fields = { id, ts, kind: e.kind, content: e.content, prevHash };
  const hash = hashFields('v1_id_ts', {
    ...fields,
    metaCanonical: canonicalJson(e.meta),
  });
  return { ...fields, metaText: pythonDumps(e.meta), hash };
}
