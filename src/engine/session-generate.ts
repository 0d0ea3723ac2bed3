/**
 * Synthetic ledgers for the sample and the generate form: the core's
 * seeded generator, written into sql.js in one transaction. The rows are
 * streamed through a counter so the page sees progress while they are
 * inserted.
 */
import type { SqlJsStatic } from 'sql.js';

import { generateSyntheticRows } from '../core/ledger/synthetic/generator';
import type { StoredRow } from '../core/ledger/types';
import { createLedgerFromRows } from './ledger-open';
import type { SqlLedger } from './ledger-sql';
import type { GenerateParams } from './protocol';
import { EngineError } from './protocol';
import type { TaskContext } from './session-host';

export const minGeneratedEvents = 1;
export const maxGeneratedEvents = 1_000_000;
const progressEvery = 20_000;

export async function generateLedger(
  SQL: SqlJsStatic,
  params: GenerateParams,
  name: string,
  ctx: TaskContext,
): Promise<SqlLedger> {
  checkSize(params.events);
  ctx.progress({ phase: 'generating', done: 0, total: params.events });
  await ctx.checkpoint();
  const rows = generateSyntheticRows({ events: params.events, seed: params.seed });
  const counted = withProgress(rows, (done) =>
    ctx.progress({ phase: 'generating', done, total: params.events }),
  );
  return createLedgerFromRows(SQL, 'v1', name, counted);
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

function* withProgress(
  rows: Iterable<StoredRow>,
  report: (done: number) => void,
): Generator<StoredRow> {
  let done = 0;
  for (const row of rows) {
    yield row;
    done += 1;
    if (done % progressEvery === 0) {
      report(done);
    }
  }
}
