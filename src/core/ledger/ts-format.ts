import type { LedgerEra } from './types';

/**
 * A `ts` value exactly as the era writes it (reference §4.4):
 * v1 `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`, with `.ffffff` dropped when the
 * microsecond is 0 (Python `isoformat`); v2 `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
 *
 * @example formatLedgerTs('v1', 1759438201000000n) === '2025-10-02T20:50:01+00:00'
 */
export function formatLedgerTs(era: LedgerEra, epochMicros: bigint): string {
  const micros = Number(((epochMicros % 1_000_000n) + 1_000_000n) % 1_000_000n);
  const seconds = Number((epochMicros - BigInt(micros)) / 1_000_000n);
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  const fraction = String(micros).padStart(6, '0');
  if (era === 'v2') {
    return `${base}.${fraction}Z`;
  }
  return micros === 0 ? `${base}+00:00` : `${base}.${fraction}+00:00`;
}

/**
 * Microseconds since the epoch of a ledger `ts`, read leniently as PMM's tick
 * readers do: `Z`, `±HH:MM` or no zone (= UTC); `T` or a space; 0–6
 * fractional digits.
 *
 * @throws Error when the text is not a timestamp.
 * @example parseLedgerTs('2025-10-02T20:50:01Z') === 1759438201000000n
 */
export function parseLedgerTs(ts: string): bigint {
  const m = TS_PATTERN.exec(ts);
  if (m === null) {
    throw new Error(`not a ledger timestamp: ${JSON.stringify(ts)}`);
  }
  const [, y, mo, d, h, mi, s, frac = '', zone = ''] = m;
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
  );
  const micros = BigInt(frac.padEnd(6, '0'));
  return BigInt(ms) * 1000n + micros - BigInt(zoneOffsetSeconds(zone)) * 1_000_000n;
}

const TS_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$/;

function zoneOffsetSeconds(zone: string): number {
  if (zone === '' || zone === 'Z') {
    return 0;
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
}
