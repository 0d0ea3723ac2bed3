/**
 * Synthetic ledgers for the sample and the generate form: the core's
 * seeded generator, written into sql.js chunk by chunk so the page sees
 * progress and a cancel takes effect between chunks (a 1M-event ledger
 * takes tens of seconds to generate and hash).
 */
import type { Database, SqlJsStatic } from 'sql.js';

import { generateSyntheticRows } from '../core/ledger/synthetic/generator';
import type { StoredRow } from '../core/ledger/types';
import { createLedgerFromRows, insertStoredRows } from './ledger-open';
import type { SqlLedger } from './ledger-sql';
import type { GenerateParams } from './protocol';
import { EngineError } from './protocol';
import { databaseOf } from './session-database';
import type { TaskContext } from './session-host';

export const minGeneratedEvents = 1;
export const maxGeneratedEvents = 1_000_000;
/** Rows generated and inserted between two progress reports / cancellation points. */
export const generateChunkRows = 10_000;

export async function generateLedger(
  SQL: SqlJsStatic,
  params: GenerateParams,
  name: string,
  ctx: TaskContext,
): Promise<SqlLedger> {
  checkSize(params.events);
  const total = params.events;
  const rows = generateSyntheticRows({ events: total, seed: params.seed });
  // The first chunk creates the ledger with the era's schema; later chunks append.
  const ledger = createLedgerFromRows(SQL, 'v1', name, take(rows, generateChunkRows));
  try {
    await appendChunks(databaseOf(ledger), rows, total, ctx);
    return ledger;
  } catch (error) {
    ledger.close();
    throw error;
  }
}

async function appendChunks(
  db: Database,
  rows: Iterator<StoredRow>,
  total: number,
  ctx: TaskContext,
): Promise<void> {
  let done = Math.min(total, generateChunkRows);
  for (;;) {
    ctx.progress({ phase: 'generating', done, total });
    await ctx.checkpoint();
    const chunk = take(rows, generateChunkRows);
    if (chunk.length === 0) {
      return;
    }
    insertStoredRows(db, chunk);
    done += chunk.length;
  }
}

/** Up to `n` rows from the iterator, leaving it open for the next call. */
function take(rows: Iterator<StoredRow>, n: number): StoredRow[] {
  const out: StoredRow[] = [];
  while (out.length < n) {
    const next = rows.next();
    if (next.done === true) {
      break;
    }
    out.push(next.value);
  }
  return out;
}

function checkSize(events: number): void {
  if (
    !Number.isSafeInteger(events) ||
    events < minGeneratedEvents ||
    events > maxGeneratedEvents
  ) {
    throw new EngineError({
      code: 'bad-request',
      message: `A synthetic ledger has between ${minGeneratedEvents} and ${maxGeneratedEvents} events, not ${events}.`,
    });
  }
}
