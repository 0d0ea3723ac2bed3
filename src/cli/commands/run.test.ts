import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from './run';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const ORACLE = path.resolve(ROOT, '../shared/oracle/verify_chain.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Runs `tickscope run` in-process and captures stdout. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await runCommand(args);
  vi.restoreAllMocks();
  return { code, out };
}

afterEach(() => vi.restoreAllMocks());

describe('tickscope run', () => {
  it('prints the --json document and never writes the input', async () => {
    const file = path.join(FIXTURES, 'pmm-v1-runtime-tiny.db');
    const before = readFileSync(file);
    const { code, out } = await run([
      file,
      '--strategies',
      'naive,incremental,stale',
      '--ticks',
      '6',
      '--json',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      results: {
        strategy: string;
        fullReadsPerTick: number[];
        readsBySite: Record<string, number>;
        derivations: Record<string, { count: number; events: number }>;
        headHash: string;
      }[];
      equivalence: {
        equivalent: boolean;
        divergences: { strategy: string; firstDivergentId: number; kind: string }[];
      };
    };
    expect(doc.results.map((r) => r.strategy)).toEqual(['naive', 'incremental', 'stale']);
    expect(doc.results[0]?.fullReadsPerTick).toHaveLength(7);
    expect(doc.results[0]?.readsBySite['tick#2']).toBe(6);
    expect(doc.results[0]?.derivations['chain-verification']?.count).toBe(6);
    expect(doc.results[0]?.headHash).toBe(doc.results[1]?.headHash);
    expect(doc.equivalence.equivalent).toBe(true);
    expect(doc.equivalence.divergences[0]?.strategy).toBe('stale');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses the v2 ledger with exit 2', async () => {
    const { code } = await run([path.join(FIXTURES, 'pmm-v2-55.db'), '--ticks', '2']);
    expect(code).toBe(2);
  });

  it('rejects an unknown strategy with exit 2', async () => {
    const { code } = await run([
      path.join(FIXTURES, 'pmm-v1-runtime-tiny.db'),
      '--strategies',
      'fast',
    ]);
    expect(code).toBe(2);
  });

  it.skipIf(!hasPython)(
    'saves ledgers that the Python oracle verifies (every strategy; sql.js store too)',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'tickscope-run-'));
      const file = path.join(FIXTURES, 'pmm-v1-commitments.db');
      expect((await run([file, '--ticks', '8', '--save', dir, '--json'])).code).toBe(0);
      const sqlDir = path.join(dir, 'sqlite');
      const sqlRun = await run([
        file,
        '--ticks',
        '3',
        '--strategies',
        'incremental',
        '--store',
        'sqlite',
        '--save',
        sqlDir,
        '--json',
      ]);
      expect(sqlRun.code).toBe(0);
      const files = [
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.db'))
          .map((f) => path.join(dir, f)),
        path.join(sqlDir, 'pmm-v1-commitments-incremental.db'),
      ];
      expect(files).toHaveLength(8);
      const res = spawnSync('python3', [ORACLE, '--json', ...files], {
        encoding: 'utf8',
      });
      const verdicts = JSON.parse(res.stdout) as { status: string; rows: number }[];
      expect(verdicts.map((v) => v.status)).toEqual(Array(8).fill('OK'));
      expect(verdicts.every((v) => v.rows > 23)).toBe(true);
    },
  );
});

if (!hasPython) {
  // Said out loud, as the brief asks: the oracle test needs python3.
  describe('python3 oracle', () => {
    it.skip('skipped: python3 is not installed, so saved ledgers are not cross-checked', () =>
      undefined);
  });
}
