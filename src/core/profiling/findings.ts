/**
 * Evidence-first findings: each names the site, the rule that fired, the
 * numbers, and the aggregates (tick, phase, op) behind it, so a reader can go
 * from the sentence to the reads. Counts are exact; times come from the run.
 *
 * Rules:
 * - `repeated-full-read`: a site read the whole ledger when the tick had
 *   already read it (passing the events down would have avoided it).
 * - `duplicate-read`: a tail, after-id, after-ts read or cache miss returned
 *   what an earlier read of the same tick returned (cache hits, snapshot hits
 *   and max-id probes are the cheap answer, so they are not flagged).
 * - `repeated-derivation`: a fold, pass, inference or verification ran again
 *   over the same events (same args, no append in between).
 * - `whole-ledger-derivation`: a derivation processed (nearly) every event
 *   of the ledger per call: it grows with the ledger.
 * - `full-reads-per-tick`: the median tick reads the whole ledger more than once.
 */
import { isDerivationOp } from './ops';
import type { RunOp, RunOpAggregate, RunTick } from './run-file/types';
import type { SiteGroup } from '../instrument/types';
import { median } from './stats/summary';

export type FindingRule =
  | 'repeated-full-read'
  | 'duplicate-read'
  | 'repeated-derivation'
  | 'whole-ledger-derivation'
  | 'full-reads-per-tick';

export interface FindingEvidence {
  readonly tick: number;
  readonly phase: string;
  readonly site: string;
  readonly op: RunOp;
  readonly count: number;
  readonly rows: number;
  readonly bytes: number;
  readonly durationMs: number;
  readonly duplicates: number;
}

export interface Finding {
  /** Stable within a run: `rule:site:op`. */
  readonly id: string;
  readonly rule: FindingRule;
  /** The site, or `(every tick)` for tick-wide rules. */
  readonly site: string;
  readonly group: SiteGroup | null;
  readonly op: RunOp | null;
  readonly message: string;
  readonly numbers: Readonly<Record<string, number>>;
  /** The aggregates behind the finding (at most `MAX_EVIDENCE`; `numbers.ticks` has the total). */
  readonly evidence: readonly FindingEvidence[];
  readonly savableMs: number;
  readonly savableBytes: number;
}

export const MAX_EVIDENCE = 50;

/** Minimum share of the ledger a derivation must process per call to count as whole-ledger. */
const WHOLE_LEDGER_SHARE = 0.9;

interface Occurrence {
  readonly tick: RunTick;
  readonly aggregate: RunOpAggregate;
}

/**
 * Runs every rule over one repetition's ticks; biggest savings first.
 * Example: `findFindings(strategy.repetitions[0].ticks)[0].message`
 *   -> "`tick#2` reads the whole ledger 20 times in 20 ticks (at most 1 per tick); …".
 */
export function findFindings(ticks: readonly RunTick[]): Finding[] {
  const findings: Finding[] = [];
  for (const occurrences of groupBySiteOp(ticks).values()) {
    findings.push(...siteOpFindings(occurrences));
  }
  const perTick = fullReadsPerTickFinding(ticks);
  if (perTick !== null) {
    findings.unshift(perTick);
  }
  return findings.sort(
    (a, b) => b.savableMs - a.savableMs || b.savableBytes - a.savableBytes,
  );
}

function groupBySiteOp(ticks: readonly RunTick[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (const tick of ticks) {
    for (const aggregate of [...tick.reads, ...tick.derivations]) {
      const key = `${aggregate.site}\u0000${aggregate.op}`;
      const list = groups.get(key) ?? [];
      list.push({ tick, aggregate });
      groups.set(key, list);
    }
  }
  return groups;
}

function siteOpFindings(occurrences: readonly Occurrence[]): Finding[] {
  const first = occurrences[0];
  if (first === undefined || first.aggregate.redundancy === undefined) {
    return [];
  }
  const op = first.aggregate.op;
  const out: Finding[] = [];
  const stats = totals(occurrences);
  if (op === 'full-read' && stats.count > stats.needed) {
    out.push(repeatedFullRead(occurrences, stats));
  } else if (isDerivationOp(op) && stats.duplicates > 0) {
    out.push(repeatedDerivation(occurrences, stats));
  } else if (isFetch(op) && stats.duplicates > 0) {
    out.push(duplicateRead(occurrences, stats));
  }
  const whole = isDerivationOp(op) ? wholeLedgerDerivation(occurrences) : null;
  return whole === null ? out : [...out, whole];
}

/** Answers that fetch rows; cache and snapshot hits and max-id probes are the cheap fix. */
function isFetch(op: RunOp): boolean {
  return (
    op === 'tail-read' ||
    op === 'read-after-id' ||
    op === 'read-after-ts' ||
    op === 'cache-miss'
  );
}

interface Totals {
  count: number;
  needed: number;
  duplicates: number;
  rows: number;
  bytes: number;
  durationMs: number;
  savableMs: number;
  savableBytes: number;
  ticks: number;
  maxPerTick: number;
}

function totals(occurrences: readonly Occurrence[]): Totals {
  const perTick = new Map<number, number>();
  const t: Totals = {
    count: 0,
    needed: 0,
    duplicates: 0,
    rows: 0,
    bytes: 0,
    durationMs: 0,
    savableMs: 0,
    savableBytes: 0,
    ticks: 0,
    maxPerTick: 0,
  };
  for (const { tick, aggregate: a } of occurrences) {
    t.count += a.count;
    t.rows += a.rows;
    t.bytes += a.bytes;
    t.durationMs += a.durationMs;
    t.needed += a.redundancy?.needed ?? a.count;
    t.duplicates += a.redundancy?.duplicates ?? 0;
    t.savableMs += a.redundancy?.savableMs ?? 0;
    t.savableBytes += a.redundancy?.savableBytes ?? 0;
    perTick.set(tick.tick, (perTick.get(tick.tick) ?? 0) + a.count);
  }
  t.ticks = perTick.size;
  t.maxPerTick = Math.max(0, ...perTick.values());
  return t;
}

function repeatedFullRead(occurrences: readonly Occurrence[], t: Totals): Finding {
  const unneeded = t.count - t.needed;
  const message =
    `${siteName(occurrences)} reads the whole ledger ${t.count} times in ${plural(t.ticks, 'tick')} ` +
    `(at most ${t.maxPerTick} in one tick); ${t.duplicates} are duplicates, ` +
    `${unneeded} would be avoided by reading events once and passing them down ` +
    `(${savings(t)})`;
  return finding('repeated-full-read', occurrences, message, t, { unneeded });
}

function duplicateRead(occurrences: readonly Occurrence[], t: Totals): Finding {
  const op = occurrences[0]?.aggregate.op ?? 'tail-read';
  const message =
    `${siteName(occurrences)} makes ${t.count} ${op} reads in ${plural(t.ticks, 'tick')}; ` +
    `${t.duplicates} returned what an earlier read of the same tick returned (${savings(t)})`;
  return finding('duplicate-read', occurrences, message, t, {});
}

function repeatedDerivation(occurrences: readonly Occurrence[], t: Totals): Finding {
  const op = occurrences[0]?.aggregate.op ?? 'projection-fold';
  const message =
    `${siteName(occurrences)} runs ${op} ${t.count} times in ${plural(t.ticks, 'tick')}; ` +
    `${t.duplicates} repeat a ${op} over the same events with no append between (${savings(t)})`;
  return finding('repeated-derivation', occurrences, message, t, {});
}

function wholeLedgerDerivation(occurrences: readonly Occurrence[]): Finding | null {
  const whole = occurrences.filter(({ tick, aggregate: a }) => {
    const ledgerAtStart = Math.max(1, tick.headId - tick.eventsAppended);
    return a.rows / a.count >= WHOLE_LEDGER_SHARE * ledgerAtStart;
  });
  if (whole.length === 0) {
    return null;
  }
  const w = totals(whole);
  const op = occurrences[0]?.aggregate.op ?? 'projection-fold';
  const perCall = Math.round(w.rows / w.count);
  const message =
    `${siteName(occurrences)} ${op} processes the whole ledger on every call ` +
    `(${perCall} events per call, ${w.count} calls in ${plural(w.ticks, 'tick')}, ` +
    `${formatMs(w.durationMs)}): its cost grows with the ledger`;
  const base = finding('whole-ledger-derivation', whole, message, w, {
    eventsPerCall: perCall,
  });
  return { ...base, savableMs: 0, savableBytes: 0 };
}

function fullReadsPerTickFinding(ticks: readonly RunTick[]): Finding | null {
  const perTick = ticks.map((t) =>
    t.reads.filter((a) => a.op === 'full-read').reduce((sum, a) => sum + a.count, 0),
  );
  const typical = median(perTick);
  if (ticks.length === 0 || typical <= 1) {
    return null;
  }
  const message =
    `the median tick reads the whole ledger ${typical} times ` +
    `(max ${Math.max(...perTick)}, over ${plural(ticks.length, 'tick')}); once would do`;
  return {
    id: 'full-reads-per-tick:(every tick):full-read',
    rule: 'full-reads-per-tick',
    site: '(every tick)',
    group: null,
    op: 'full-read',
    message,
    numbers: {
      medianFullReads: typical,
      maxFullReads: Math.max(...perTick),
      ticks: ticks.length,
    },
    evidence: [],
    savableMs: 0,
    savableBytes: 0,
  };
}

function finding(
  rule: FindingRule,
  occurrences: readonly Occurrence[],
  message: string,
  t: Totals,
  extra: Record<string, number>,
): Finding {
  const first = occurrences[0]?.aggregate;
  return {
    id: `${rule}:${first?.site ?? ''}:${first?.op ?? ''}`,
    rule,
    site: first?.site ?? '',
    group: first?.group ?? null,
    op: first?.op ?? null,
    message,
    numbers: { ...numbersOf(t), ...extra },
    evidence: occurrences.slice(0, MAX_EVIDENCE).map(toEvidence),
    savableMs: t.savableMs,
    savableBytes: t.savableBytes,
  };
}

function numbersOf(t: Totals): Record<string, number> {
  const { count, needed, duplicates, rows, bytes, durationMs, savableMs, savableBytes } =
    t;
  const { ticks, maxPerTick } = t;
  return {
    count,
    needed,
    duplicates,
    rows,
    bytes,
    durationMs,
    savableMs,
    savableBytes,
    ticks,
    maxPerTick,
  };
}

function toEvidence({ tick, aggregate: a }: Occurrence): FindingEvidence {
  return {
    tick: tick.tick,
    phase: a.phase,
    site: a.site,
    op: a.op,
    count: a.count,
    rows: a.rows,
    bytes: a.bytes,
    durationMs: a.durationMs,
    duplicates: a.redundancy?.duplicates ?? 0,
  };
}

function siteName(occurrences: readonly Occurrence[]): string {
  const a = occurrences[0]?.aggregate;
  const where = a?.callSite ? ` (${a.callSite.file}:${a.callSite.line})` : '';
  return `\`${a?.site ?? '?'}\`${where}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function savings(t: Totals): string {
  return `est. ${formatMs(t.savableMs)} and ${formatBytes(t.savableBytes)} saved`;
}

/** `1.23456` -> `1.235 ms`. */
export function formatMs(value: number): string {
  return `${value.toFixed(3)} ms`;
}

/** `2048` -> `2.0 KiB`. */
export function formatBytes(value: number): string {
  if (value < 1024) {
    return `${value} B`;
  }
  const units = ['KiB', 'MiB', 'GiB'];
  let scaled = value / 1024;
  let unit = 0;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit += 1;
  }
  return `${scaled.toFixed(1)} ${units[unit] ?? 'GiB'}`;
}
