// Node side of the bad-input corpus (#7): loads sql.js and the fixture,
// adds the python3-built WAL cases, and writes the corpus to a directory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSqlJs } from '../../src/cli/sqljs-node';
import { chainRows, PLAIN_ENTRIES } from '../../src/engine/bad-inputs/chain-builder';
import { buildBadInputCorpus } from '../../src/engine/bad-inputs/corpus';
import {
  expectedExitCode,
  type BadInputCase,
  type BadInputExpectation,
} from '../../src/engine/bad-inputs/corpus-types';
import { hasPython3, walPairCases } from './wal-pairs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '../shared/fixtures');
export const SOURCE_FIXTURE = 'pmm-v1-autonomy-3299.db';

export interface LoadedCorpus {
  readonly cases: BadInputCase[];
  /** Why some cases were left out (python3 missing), or null. */
  readonly skipped: string | null;
}

/** The whole corpus, in memory. */
export async function loadBadInputCorpus(): Promise<LoadedCorpus> {
  const SQL = await loadSqlJs();
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES_DIR, SOURCE_FIXTURE)));
  const python = hasPython3();
  const wal = python ? walPairCases(chainRows('v1', PLAIN_ENTRIES)) : [];
  const cases = buildBadInputCorpus(
    SQL,
    { name: SOURCE_FIXTURE, bytes, events: 3299 },
    wal,
  );
  const skipped = python
    ? null
    : 'python3 not found: the 6 WAL-pair cases were not built';
  return { cases, skipped };
}

/** One line of manifest.json: where a case's files are and what it must give. */
export interface ManifestEntry {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly wal: string | null;
  readonly loads: number;
  readonly expect: BadInputExpectation;
  readonly exitCode: number;
}

/** Writes every case (and sidecar) plus manifest.json into `dir`. */
export function writeCorpus(
  dir: string,
  cases: readonly BadInputCase[],
): ManifestEntry[] {
  mkdirSync(dir, { recursive: true });
  const manifest = cases.map((c) => {
    writeFileSync(path.join(dir, c.fileName), c.bytes);
    const wal = c.wal === undefined ? null : `${c.fileName}-wal`;
    if (c.wal !== undefined && wal !== null) {
      writeFileSync(path.join(dir, wal), c.wal);
    }
    return {
      id: c.id,
      title: c.title,
      file: c.fileName,
      wal,
      loads: c.loads ?? 1,
      expect: c.expect,
      exitCode: expectedExitCode(c.expect),
    };
  });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    `${JSON.stringify(manifest, null, 1)}\n`,
  );
  return manifest;
}
