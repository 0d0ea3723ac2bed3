// Ledger benchmark (issue #2): full reads and chain verification of synthetic
// PMM v1 ledgers through sql.js in Node. Prints medians after warm-up; the
// PMM figures are the reference's measurements (§21.1), not re-run here.
// Run: npm run bench:ledger [-- --runs N]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadSqlJs } from '../src/cli/sqljs-node';
import { rowsToEvents } from '../src/core/ledger/events';
import { generateSyntheticRows } from '../src/core/ledger/synthetic/generator';
import { createLedgerFromRows, openLedgerFile } from '../src/engine/ledger-open';
import type { SqlLedger } from '../src/engine/ledger-sql';

interface Row {
  readonly op: string;
  readonly events: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly cpuMs: number;
  readonly target: string;
  readonly pmm: string;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Math.max(3, Number(values.runs));
const WARMUP = 3;

interface Timing {
  readonly median: number;
  readonly min: number;
  /** Median CPU time of this process (user + system): less disturbed by other load. */
  readonly cpu: number;
}

function measure(fn: () => unknown, runs: number): Timing {
  for (let i = 0; i < WARMUP; i++) {
    fn();
  }
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpu) };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function openSynthetic(events: number): Promise<SqlLedger> {
  const SQL = await loadSqlJs();
  const built = createLedgerFromRows(
    SQL,
    'v1',
    'bench.db',
    generateSyntheticRows({ events, seed: 1 }),
  );
  const bytes = built.exportBytes();
  built.close();
  const opened = openLedgerFile(SQL, bytes, { name: `synthetic-${events}.db` });
  if (!opened.ok) {
    throw opened.error;
  }
  return opened.value;
}

function benchSize(ledger: SqlLedger, events: number, runs: number): Row[] {
  const small = events === 10_000;
  const raw = measure(() => ledger.readAll(), runs);
  const parsed = measure(() => ledger.readEvents(), runs);
  const parsedAll = measure(() => rowsToEvents(ledger.readAll(), ledger.name), runs);
  const verify = measure(() => {
    const r = ledger.verify({ fromStart: true });
    if (r.status !== 'ok' || r.events !== events) {
      throw new Error(`verification failed: ${r.message}`);
    }
  }, runs);
  return [
    row(
      'full read, raw rows (readAll, 7 columns)',
      events,
      raw,
      '',
      small ? '11.8 ms (SQL fetch only)' : '',
    ),
    row(
      'full read, events + parsed meta (readEvents)',
      events,
      parsed,
      small ? '<= 25 ms' : '',
      small ? '74 ms (cold read_all)' : '',
    ),
    row('full read, readAll rows (7 columns) + parsed meta', events, parsedAll, '', ''),
    row(
      'chain verification',
      events,
      verify,
      small ? '<= 60 ms' : '',
      small ? '178 ms (verify_chain)' : '',
    ),
  ];
}

function row(op: string, events: number, m: Timing, target: string, pmm: string): Row {
  return { op, events, medianMs: m.median, minMs: m.min, cpuMs: m.cpu, target, pmm };
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'operation',
    'events',
    'median ms',
    'min ms',
    'CPU ms',
    'target',
    'PMM (ref §21.1)',
  ];
  const cells = rows.map((r) => [
    r.op,
    String(r.events),
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.cpuMs.toFixed(1),
    r.target,
    r.pmm,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)),
  );
  const line = (c: readonly string[]) =>
    c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  cells.forEach((c) => console.log(line(c)));
}

async function main(): Promise<void> {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  console.log(
    `tickscope ledger benchmark: node ${process.version}, ${cpus().length} CPUs, load average ${load}`,
  );
  console.log(
    `median and min of ${RUNS} runs (10k) / ${Math.max(3, Math.ceil(RUNS / 3))} runs (100k), after ${WARMUP} warm-up runs`,
  );
  const rows: Row[] = [];
  for (const events of [10_000, 100_000]) {
    const ledger = await openSynthetic(events);
    rows.push(
      ...benchSize(
        ledger,
        events,
        events === 10_000 ? RUNS : Math.max(3, Math.ceil(RUNS / 3)),
      ),
    );
    ledger.close();
  }
  printTable(rows);
}

await main();
