import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { MemoryLedgerStore } from '../../core/ledger/memory-store';
import type { LedgerStore } from '../../core/ledger/types';
import { runComparison, type Comparison } from '../../core/runtime/comparison';
import { createLedgerFromRows, openLedgerFile } from '../../engine/ledger-open';
import { SqlLedger } from '../../engine/ledger-sql';
import { runJson, runText } from '../format/run-format';
import { openLedgerPath } from '../ledger-files';
import { loadSqlJs } from '../sqljs-node';
import { parseRunArgs, type RunArgs } from './run-args';

export const RUN_HELP = `usage: tickscope run FILE [--strategies naive,incremental,...|all] [--ticks N]
                    [--turn-every K] [--seed S] [--save DIR] [--store memory|sqlite] [--json]

Continues a PMM v1 ledger with N ticks of tickscope's deterministic autonomy
runtime under each read strategy, every strategy on its own copy from the
same start, then compares the continued ledgers event by event. FILE is
only read. The strategy 'stale' is wrong on purpose and must diverge.

  --strategies   comma list of naive, pmm-cache, pass-events, request-cache,
                 snapshot, incremental, stale; or all (default)
  --ticks N      ticks to run (default 50)
  --turn-every K a user + response turn before every K-th tick (default 3)
  --seed S       seed for ids and names (default 1)
  --save DIR     write each continued ledger as DIR/<file>-<strategy>.db
  --store        memory (default): the copy lives in a JS array; sqlite: in
                 sql.js (appends cost ~1-6 ms each there, so runs are slower)
  --json         one JSON object: results per strategy and the equivalence

exit codes:
  0  every correct strategy appended byte-identical events
  1  a correct strategy diverged
  2  wrong arguments, unreadable FILE, a v2 ledger (the v1 tick does not apply), or --save failed
`;

/** \`tickscope run\`; resolves to the exit code above. */
export async function runCommand(args: readonly string[]): Promise<number> {
  const parsed = parseRunArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tickscope run: ${parsed}\n\n${RUN_HELP}`);
    return 2;
  }
  const SQL = await loadSqlJs();
  const opened = openLedgerPath(SQL, parsed.file);
  if (!opened.ok) {
    process.stderr.write(`tickscope run: ${opened.error.message}\n`);
    return 2;
  }
  const result = compare(SQL, parsed, opened.value.ledger);
  if (typeof result === 'string') {
    process.stderr.write(`tickscope run: ${result}\n`);
    return 2;
  }
  const saved = parsed.save === null ? null : save(SQL, parsed, result);
  if (saved !== null) {
    process.stderr.write(`tickscope run: ${saved}\n`);
    return 2;
  }
  const out = parsed.json
    ? `${JSON.stringify(runJson(parsed.file, parsed.scenario, result))}\n`
    : runText(parsed.file, parsed.scenario, result);
  process.stdout.write(out);
  return result.equivalence.equivalent ? 0 : 1;
}

function compare(SQL: SqlJsStatic, a: RunArgs, ledger: SqlLedger): Comparison | string {
  const name = basename(a.file);
  const rows = ledger.readAll();
  const image = a.store === 'sqlite' ? ledger.exportBytes() : null;
  const makeStore = (): LedgerStore => {
    if (image === null) {
      return new MemoryLedgerStore(rows);
    }
    const copy = openLedgerFile(SQL, image, { name });
    if (!copy.ok) {
      throw copy.error;
    }
    return copy.value;
  };
  const onTick = (strategy: string, r: { tick: number }) => {
    if (r.tick % 10 === 0 && r.tick > 0) {
      process.stderr.write(`  ${strategy}: tick ${r.tick}/${a.scenario.ticks}\n`);
    }
  };
  const res = runComparison({
    file: name,
    strategies: a.strategies,
    scenario: a.scenario,
    clock: performance,
    makeStore,
    onTick,
  });
  return res.ok ? res.value : res.error.message;
}

function save(SQL: SqlJsStatic, a: RunArgs, c: Comparison): string | null {
  try {
    mkdirSync(a.save as string, { recursive: true });
    for (const { run, store } of c.runs) {
      const target = join(
        a.save as string,
        `${basename(a.file).replace(/\.db$/u, '')}-${run.strategy}.db`,
      );
      if (existsSync(target)) {
        return `refusing to overwrite ${target}`;
      }
      writeFileSync(target, bytesOf(SQL, store, run.strategy));
    }
    return null;
  } catch (e) {
    return `cannot save: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function bytesOf(SQL: SqlJsStatic, store: LedgerStore, name: string): Uint8Array {
  if (store instanceof SqlLedger) {
    return store.exportBytes();
  }
  return createLedgerFromRows(SQL, 'v1', name, store.readAll()).exportBytes();
}
