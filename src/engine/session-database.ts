import type { Database } from 'sql.js';

import type { SqlLedger } from './ledger-sql';

/**
 * The sql.js handle behind an open ledger. The explorer runs its own
 * read-only SQL on it (kinds, filtered id lists, pages) and the generator
 * appends its chunks through it. SqlLedger keeps the field private; the
 * bracket access is TypeScript's sanctioned escape for that, kept here in
 * one place so a public accessor can replace it in one line.
 */
export function databaseOf(ledger: SqlLedger): Database {
  return ledger['db'];
}
