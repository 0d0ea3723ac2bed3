import type { SqlJsStatic } from 'sql.js';
import { damagedFileCases, notSqliteCases } from './byte-cases';
import type { BadInputCase } from './corpus-types';
import { chainDamageCases, metaCases, schemaCases } from './sqlite-cases';

/** A real ledger the damaged cases are cut from. */
export interface CorpusFixture {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Events the fixture holds and verifies with. */
  readonly events: number;
}

/**
 * The bad-input corpus of issue #7, built in memory from a real fixture and
 * sql.js (no hand-copied binaries): not-SQLite files, damaged SQLite files,
 * wrong schemas, odd meta columns, damaged chains, duplicate loads, and a
 * hostile-markup ledger. Cases that need python3 (real WAL pairs) are built
 * by the Node side and passed in as `extra`.
 *
 * @example buildBadInputCorpus(SQL, { name: 'pmm-v1-autonomy-3299.db', bytes, events: 3299 })
 */
export function buildBadInputCorpus(
  SQL: SqlJsStatic,
  fixture: CorpusFixture,
  extra: readonly BadInputCase[] = [],
): BadInputCase[] {
  return [
    ...notSqliteCases(),
    ...damagedFileCases(fixture.name, fixture.bytes),
    ...schemaCases(SQL),
    ...metaCases(SQL),
    ...chainDamageCases(SQL),
    duplicateLoadCase(fixture),
    ...extra,
  ];
}

function duplicateLoadCase(fixture: CorpusFixture): BadInputCase {
  return {
    id: 'duplicate-load',
    title: `${fixture.name} opened twice at once`,
    fileName: 'duplicate-load.db',
    bytes: fixture.bytes,
    loads: 2,
    expect: { outcome: 'opens', count: fixture.events, status: 'ok' },
  };
}
