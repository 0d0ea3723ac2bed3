// Test-only helpers (Node): where the shared PMM fixtures live and what their
// README says each must verify to. Never copy fixtures into the repo.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HashScheme } from '../core/ledger/types';

export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '../shared/fixtures');
export const ORACLE = path.resolve(REPO_ROOT, '../shared/oracle/verify_chain.py');

export interface FixtureExpectation {
  readonly file: string;
  readonly events: number;
  readonly scheme: HashScheme;
  readonly walHeader: boolean;
  readonly head: string;
}

/** From ../shared/fixtures/README.md and reference §6. */
export const FIXTURES: readonly FixtureExpectation[] = [
  fx(
    'pmm-v1-autonomy-3299.db',
    3299,
    'v1_id_ts',
    true,
    '52d0783c22f3976f4d56f1c26e84b1016026ee8c67e7c79a3298e80f55efcceb',
  ),
  fx(
    'pmm-v1-reflections-identity.db',
    29,
    'v1_id_ts',
    true,
    '90ef669b04a71a665e33ae07441a96c3ec1fa28bfb599ee603109fa7134f8de9',
  ),
  fx(
    'pmm-v1-commitments.db',
    23,
    'v1_id_ts',
    true,
    '6d26717013167142957b2a9aab8b60e1dacda2df1904e7bfc8bbff0ae25fd9ee',
  ),
  fx(
    'pmm-v1-stages.db',
    60,
    'v1_id_ts',
    true,
    '4b9415b39013122e873a4d1872fcadfaeb49529ee2eeb63525f5920f49a718cf',
  ),
  fx(
    'pmm-v1-runtime-tiny.db',
    5,
    'v1_id_ts',
    true,
    'b448972b66dc132118888f0c4425518f21caa2c4b67748882046ef7de014acb1',
  ),
  fx(
    'pmm-v2-55.db',
    55,
    'v2_no_ts',
    false,
    'c07b16b8198464c357a3009d1eb0226f311c5b653ef9f7ec7ae2320177143a66',
  ),
];

function fx(
  file: string,
  events: number,
  scheme: HashScheme,
  walHeader: boolean,
  head: string,
): FixtureExpectation {
  return { file, events, scheme, walHeader, head };
}

export function fixturePath(file: string): string {
  return path.join(FIXTURES_DIR, file);
}

/** The fixture's bytes as a plain Uint8Array (a private copy). */
export function readFixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(file)));
}

/** `python3` when it runs here, else null (tests then skip and say so). */
export function findPython(): string | null {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? 'python3' : null;
}

/** Runs a Python program with arguments; throws with its stderr when it fails. */
export function runPython(
  code: string,
  args: readonly string[] = [],
  input?: string,
): string {
  const r = spawnSync('python3', ['-c', code, ...args], { encoding: 'utf8', input });
  if (r.status !== 0) {
    throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  }
  return r.stdout;
}

export const PYTHON_SKIP_NOTE =
  'python3 not found: skipping the tests that compare with Python';
