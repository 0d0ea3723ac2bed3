/**
 * A zod schema of the Trace Event format's JSON Object Format, limited to the
 * event types tickscope writes (`X` complete events and `M` metadata), plus a
 * check that complete events on one thread nest (a child lies inside its
 * parent; siblings do not overlap), which the viewers need to draw slices.
 */
import { z } from 'zod';

const id = z.number().int().nonnegative();
const argValue = z.union([z.string(), z.number(), z.boolean()]);

const completeEvent = z.strictObject({
  name: z.string().min(1),
  cat: z.string().optional(),
  ph: z.literal('X'),
  pid: id,
  tid: id,
  ts: z.number().nonnegative().finite(),
  dur: z.number().nonnegative().finite(),
  args: z.record(z.string(), argValue).optional(),
});

const metadataEvent = z.strictObject({
  name: z.enum([
    'process_name',
    'thread_name',
    'process_sort_index',
    'thread_sort_index',
  ]),
  ph: z.literal('M'),
  pid: id,
  tid: id,
  args: z.union([
    z.strictObject({ name: z.string() }),
    z.strictObject({ sort_index: z.number().int() }),
  ]),
});

export const traceEventSchema = z.discriminatedUnion('ph', [
  completeEvent,
  metadataEvent,
]);

export const chromeTraceSchema = z.strictObject({
  traceEvents: z.array(traceEventSchema),
  displayTimeUnit: z.enum(['ms', 'ns']).optional(),
  otherData: z.record(z.string(), z.string()).optional(),
});

interface Slice {
  readonly name: string;
  readonly ts: number;
  readonly dur: number;
}

/** Slack for float rounding, in µs (one nanosecond). */
const EPS = 0.001;

/**
 * Problems with nesting of the complete events, per thread; [] when all nest.
 * Example: two overlapping siblings -> ["pid 1 tid 1: b (ts 5) overlaps a"].
 */
export function nestingProblems(
  events: readonly {
    ph: string;
    pid: number;
    tid: number;
    ts?: number;
    dur?: number;
    name: string;
  }[],
): string[] {
  const threads = new Map<string, Slice[]>();
  for (const e of events) {
    if (e.ph === 'X' && e.ts !== undefined && e.dur !== undefined) {
      const key = `pid ${e.pid} tid ${e.tid}`;
      threads.set(key, [
        ...(threads.get(key) ?? []),
        { name: e.name, ts: e.ts, dur: e.dur },
      ]);
    }
  }
  return [...threads].flatMap(([key, slices]) => threadProblems(key, slices));
}

function threadProblems(key: string, slices: Slice[]): string[] {
  const sorted = [...slices].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack: Slice[] = [];
  const problems: string[] = [];
  for (const s of sorted) {
    while (stack.length > 0 && end(stack[stack.length - 1]) <= s.ts + EPS) {
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined && end(s) > end(parent) + EPS) {
      problems.push(`${key}: ${s.name} (ts ${s.ts}) overlaps ${parent.name}`);
    }
    stack.push(s);
  }
  return problems;
}

function end(s: Slice | undefined): number {
  return s === undefined ? Number.NEGATIVE_INFINITY : s.ts + s.dur;
}
