/**
 * Exports a run as Chrome Trace Event JSON (the JSON Object Format), which
 * Perfetto, Chrome DevTools and the Firefox Profiler open.
 *
 * Layout: one process per strategy, one thread per repetition. On each
 * thread the ticks follow each other; inside a tick its phases follow each
 * other in the order they ran; inside a phase its read and derivation
 * aggregates follow each other. All are complete events (`ph: "X"`) with
 * `ts`/`dur` in microseconds, nested so that no slice overlaps a sibling.
 *
 *   rep 0 | tick 1 ----------------------------| tick 2 ----- …
 *         | snapshot --| reflect --------------|
 *         | tick#1 full-read | tick#2 full-read …
 *
 * The aggregates carry exact totals but not the moment of each read, so
 * their placement inside a phase is sequential; when they sum to more than
 * the phase (timer granularity), they are scaled to fit and say so in args.
 */
import type { RunFile, RunOpAggregate, RunStrategy, RunTick } from '../run-file/types';

export interface TraceEvent {
  readonly name: string;
  readonly ph: 'X' | 'M';
  readonly pid: number;
  readonly tid: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly cat?: string;
  readonly args?: Readonly<Record<string, string | number | boolean>>;
}

export interface ChromeTrace {
  readonly traceEvents: readonly TraceEvent[];
  readonly displayTimeUnit: 'ms';
  readonly otherData: Readonly<Record<string, string>>;
}

/** ms -> µs, rounded to the nanosecond so the JSON stays short. */
function micros(ms: number): number {
  return Math.round(ms * 1_000_000) / 1000;
}

/**
 * Example: `JSON.stringify(toChromeTrace(run))` -> a file Perfetto opens.
 */
export function toChromeTrace(run: RunFile): ChromeTrace {
  const events = run.strategies.flatMap((s, i) => strategyEvents(s, i + 1));
  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    otherData: {
      runId: run.runId,
      ledger: run.input.ledger.name,
      ledgerSha256: run.input.ledger.sha256 ?? 'unknown',
      source: run.environment.source,
      runtime: run.environment.runtime,
      tickscopeVersion: run.environment.tickscopeVersion,
    },
  };
}

function strategyEvents(strategy: RunStrategy, pid: number): TraceEvent[] {
  const name = strategy.external ? `${strategy.label} (external)` : strategy.label;
  const meta: TraceEvent[] = [
    { name: 'process_name', ph: 'M', pid, tid: 0, args: { name } },
    { name: 'process_sort_index', ph: 'M', pid, tid: 0, args: { sort_index: pid } },
  ];
  const reps = strategy.repetitions.flatMap((rep) => {
    const tid = rep.rep + 1;
    return [
      {
        name: 'thread_name',
        ph: 'M' as const,
        pid,
        tid,
        args: { name: `rep ${rep.rep}` },
      },
      {
        name: 'thread_sort_index',
        ph: 'M' as const,
        pid,
        tid,
        args: { sort_index: tid },
      },
      ...repetitionEvents(rep.ticks, pid, tid),
    ];
  });
  return [...meta, ...reps];
}

function repetitionEvents(
  ticks: readonly RunTick[],
  pid: number,
  tid: number,
): TraceEvent[] {
  let start = 0;
  return ticks.flatMap((tick) => {
    const events = tickEvents(tick, pid, tid, start);
    start += tickSpan(tick);
    return events;
  });
}

/** A tick spans its duration, or its phases if they add up to more (timer steps). */
function tickSpan(tick: RunTick): number {
  const phases = tick.phases.reduce((sum, p) => sum + micros(p.durationMs), 0);
  return Math.max(micros(tick.durationMs), phases);
}

function tickEvents(
  tick: RunTick,
  pid: number,
  tid: number,
  start: number,
): TraceEvent[] {
  const out: TraceEvent[] = [
    {
      name: `tick ${tick.tick}`,
      cat: 'tick',
      ph: 'X',
      pid,
      tid,
      ts: start,
      dur: tickSpan(tick),
      args: { eventsAppended: tick.eventsAppended, headId: tick.headId },
    },
  ];
  const aggregates = [...tick.reads, ...tick.derivations];
  let phaseStart = start;
  for (const phase of tick.phases) {
    const dur = micros(phase.durationMs);
    out.push({ name: phase.name, cat: 'phase', ph: 'X', pid, tid, ts: phaseStart, dur });
    const inPhase = aggregates.filter((a) => a.phase === phase.name);
    out.push(...opEvents(inPhase, pid, tid, phaseStart, dur));
    phaseStart += dur;
  }
  const placed = new Set(tick.phases.map((p) => p.name));
  const rest = aggregates.filter((a) => !placed.has(a.phase));
  out.push(
    ...opEvents(rest, pid, tid, phaseStart, tickSpan(tick) - (phaseStart - start)),
  );
  return out;
}

function opEvents(
  aggregates: readonly RunOpAggregate[],
  pid: number,
  tid: number,
  start: number,
  room: number,
): TraceEvent[] {
  const total = aggregates.reduce((sum, a) => sum + micros(a.durationMs), 0);
  const scale = total > room && total > 0 ? room / total : 1;
  let at = start;
  return aggregates.map((a) => {
    const dur = Math.floor(micros(a.durationMs) * scale * 1000) / 1000;
    const event = opEvent(a, pid, tid, at, dur, scale);
    at += dur;
    return event;
  });
}

function opEvent(
  a: RunOpAggregate,
  pid: number,
  tid: number,
  ts: number,
  dur: number,
  scale: number,
): TraceEvent {
  const args: Record<string, string | number | boolean> = {
    site: a.site,
    group: a.group,
    op: a.op,
    phase: a.phase,
    count: a.count,
    rows: a.rows,
    bytes: a.bytes,
    durationMs: a.durationMs,
  };
  if (a.redundancy) {
    args['duplicates'] = a.redundancy.duplicates;
    args['needed'] = a.redundancy.needed;
  }
  if (a.callSite) {
    args['callSite'] = `${a.callSite.file}:${a.callSite.line}`;
  }
  if (scale < 1) {
    args['scaledToFit'] = true;
  }
  const name = `${a.site} ${a.op}${a.count > 1 ? ` ×${a.count}` : ''}`;
  return { name, cat: a.op, ph: 'X', pid, tid, ts, dur, args };
}
