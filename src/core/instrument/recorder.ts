import { ReadLog } from './read-log';
import type { Clock, ReadLogEntry, ReadOp, SiteGroup } from './types';

/** What a strategy is about to do at a site. */
export interface OpRequest {
  readonly site: string;
  readonly group: SiteGroup;
  /** Read sites count in `readsBySite`; derive sites in `derivations`. */
  readonly siteKind: 'read' | 'derive';
  readonly op: ReadOp;
  readonly args: string;
  readonly maxIdAtRead: number;
}

/** What the operation touched; `op` may refine the request's (a hit or a miss). */
export interface OpOutcome<T> {
  readonly value: T;
  readonly rows: number;
  readonly bytes: number;
  readonly op?: ReadOp;
}

/** The one interface every read and derivation goes through. */
export interface Recorder {
  /** Runs `fn`, times it with the injected clock and logs one entry. Not reentrant. */
  measure<T>(req: OpRequest, fn: () => OpOutcome<T>): T;
  /** The runtime names the phase it is in; entries carry it. */
  enterPhase(phase: string): void;
}

/** Count and events processed of one derivation op. */
export interface DerivationCount {
  count: number;
  events: number;
}

/** What one tick read and derived, from counters that ring overflow cannot skew. */
export interface TickReads {
  readonly tick: number;
  /** The tick's entries, oldest first (fewer than the ops when the ring overflowed). */
  readonly entries: readonly ReadLogEntry[];
  /** Entries the ring overwrote during this tick. */
  readonly dropped: number;
  readonly readsBySite: Readonly<Record<string, number>>;
  readonly opCounts: Readonly<Partial<Record<ReadOp, number>>>;
  readonly derivations: Readonly<Record<string, DerivationCount>>;
  readonly fullReads: number;
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly phaseMs: Readonly<Record<string, number>>;
  readonly durationMs: number;
  readonly sitesFired: readonly string[];
}

/**
 * The recorder of a run: logs every operation into a bounded `ReadLog`,
 * keeps exact per-tick counters beside it, and times phases and ops with the
 * injected clock. `measure` refuses to nest, so one logical operation is
 * logged exactly once whatever wraps it.
 *
 * @example const r = new TickRecorder(clock, 4096); r.beginTick(1); ...; r.endTick()
 */
export class TickRecorder implements Recorder {
  private readonly log: ReadLog;
  private seq = 0;
  private tick = 0;
  private phase = 'idle';
  private phaseStart = 0;
  private tickStart = 0;
  private depth = 0;
  private droppedAtStart = 0;
  private acc = emptyAccumulator();

  constructor(
    private readonly clock: Clock,
    capacity: number,
  ) {
    this.log = new ReadLog(capacity);
  }

  measure<T>(req: OpRequest, fn: () => OpOutcome<T>): T {
    if (this.depth > 0) {
      throw new Error(`nested measure at ${req.site}: one logical op is logged once`);
    }
    this.depth++;
    const start = this.clock.now();
    try {
      const out = fn();
      this.add(req, out, this.clock.now() - start);
      return out.value;
    } finally {
      this.depth--;
    }
  }

  enterPhase(phase: string): void {
    const now = this.clock.now();
    this.closePhase(now);
    this.phase = phase;
    this.phaseStart = now;
  }

  beginTick(tick: number): void {
    this.tick = tick;
    this.acc = emptyAccumulator();
    this.droppedAtStart = this.log.dropped;
    this.tickStart = this.clock.now();
    this.phase = 'idle';
    this.phaseStart = this.tickStart;
  }

  /** Closes the tick: its counters and its drained entries. */
  endTick(): TickReads {
    const now = this.clock.now();
    this.closePhase(now);
    const a = this.acc;
    return {
      tick: this.tick,
      entries: this.log.drain(),
      dropped: this.log.dropped - this.droppedAtStart,
      readsBySite: a.readsBySite,
      opCounts: a.opCounts,
      derivations: a.derivations,
      fullReads: a.opCounts['full-read'] ?? 0,
      rowsRead: a.rowsRead,
      bytesRead: a.bytesRead,
      phaseMs: a.phaseMs,
      durationMs: now - this.tickStart,
      sitesFired: [...a.sites],
    };
  }

  private closePhase(now: number): void {
    const ms = this.acc.phaseMs;
    ms[this.phase] = (ms[this.phase] ?? 0) + (now - this.phaseStart);
  }

  private add<T>(req: OpRequest, out: OpOutcome<T>, durationMs: number): void {
    const op = out.op ?? req.op;
    const entry: ReadLogEntry = {
      seq: this.seq++,
      tick: this.tick,
      phase: this.phase,
      site: req.site,
      group: req.group,
      op,
      rows: out.rows,
      bytes: out.bytes,
      durationMs,
      args: req.args,
      maxIdAtRead: req.maxIdAtRead,
    };
    this.log.push(entry);
    this.count(req, entry);
  }

  private count(req: OpRequest, e: ReadLogEntry): void {
    const a = this.acc;
    a.opCounts[e.op] = (a.opCounts[e.op] ?? 0) + 1;
    a.sites.add(e.site);
    if (req.siteKind === 'read') {
      a.readsBySite[e.site] = (a.readsBySite[e.site] ?? 0) + 1;
      a.rowsRead += e.rows;
      a.bytesRead += e.bytes;
      return;
    }
    const d = (a.derivations[e.op] ??= { count: 0, events: 0 });
    d.count++;
    d.events += e.rows;
  }
}

function emptyAccumulator() {
  return {
    readsBySite: {} as Record<string, number>,
    opCounts: {} as Partial<Record<ReadOp, number>>,
    derivations: {} as Record<string, DerivationCount>,
    rowsRead: 0,
    bytesRead: 0,
    phaseMs: {} as Record<string, number>,
    sites: new Set<string>(),
  };
}
