import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  loadBadInputCorpus,
  writeCorpus,
  type ManifestEntry,
} from '../../scripts/bad-inputs/load-corpus';
import { main } from './main';

/**
 * The bad-input corpus (#7) through the CLI: `tickscope verify FILE [--wal
 * FILE] --json` on every case exits with issue #2's code (0 ok/absent,
 * 1 broken, 2 unreadable, 3 unverifiable), never crashes, prints a message
 * naming the file on stderr when it cannot read it, and no command writes
 * to, touches or adds a file in the input folder. Every case runs through
 * the CLI's `main` in this process; a subset (one per exit code, the
 * read-time corruption, a sidecar) also runs as `node bin/tickscope.js`,
 * since each process start costs about a second.
 */

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/tickscope.js');
const FIXTURES = path.resolve(REPO, '../shared/fixtures');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `main` in this process, capturing what it writes. */
async function runInProcess(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const errOut = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } catch (e) {
    return { code: null, stdout, stderr: `${stderr}CRASH ${String(e)}` };
  } finally {
    out.mockRestore();
    errOut.mockRestore();
  }
}

const SPAWNED = [
  'empty-file',
  'garbage-events-page',
  'deleted-row',
  'pre-v1-scheme',
  'no-hash-columns',
  'wal-with-sidecar',
];

/** Runs `jobs` with at most `width` at a time (the CLI start-up dominates). */
async function pool<T, R>(items: readonly T[], width: number, job: (t: T) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

/** Size, mtime and SHA-256 of every file in `dir`, by name. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const st = statSync(file);
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    out[name] = `${st.size} ${st.mtimeMs} ${sha}`;
  }
  return out;
}

const dir = mkdtempSync(path.join(tmpdir(), 'tickscope-cli-hostile-'));
let manifest: ManifestEntry[] = [];
let before: Record<string, string> = {};
let fixturesBefore: Record<string, string> = {};
let runs: Run[] = [];
let spawned: Run[] = [];

function verifyArgs(m: ManifestEntry): string[] {
  const wal = m.wal === null ? [] : ['--wal', path.join(dir, m.wal)];
  return ['verify', path.join(dir, m.file), ...wal, '--json'];
}

beforeAll(async () => {
  const { cases } = await loadBadInputCorpus();
  manifest = writeCorpus(dir, cases);
  before = snapshot(dir);
  fixturesBefore = snapshot(FIXTURES);
  runs = [];
  for (const m of manifest) {
    runs.push(await runInProcess(verifyArgs(m)));
  }
  spawned = await pool(
    SPAWNED.map((id) => manifest.find((m) => m.id === id) as ManifestEntry),
    2,
    (m) => runCli(verifyArgs(m)),
  );
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stack trace or an uncaught error, rather than the CLI's own message. */
function isCrash(run: Run): boolean {
  return run.code === null || /\n\s+at |CRASH/.test(run.stderr);
}

describe('tickscope verify on every bad input', () => {
  it('exits with the code of each verdict and never crashes', () => {
    const wrong = manifest.flatMap((m, i) => {
      const run = runs[i] as Run;
      return run.code === m.exitCode && !isCrash(run)
        ? []
        : [{ id: m.id, want: m.exitCode, run }];
    });
    expect(wrong).toEqual([]);
  });

  it(`gives the same exit codes as node bin/tickscope.js (${SPAWNED.join(', ')})`, () => {
    const codes = spawned.map((run) => [run.code, isCrash(run)]);
    const want = SPAWNED.map((id) => [
      manifest.find((m) => m.id === id)?.exitCode,
      false,
    ]);
    expect(codes).toEqual(want);
  });

  it('prints one JSON verdict for readable files and a message naming the file otherwise', () => {
    manifest.forEach((m, i) => {
      const run = runs[i] as Run;
      if (m.expect.outcome === 'error') {
        expect(run.stdout, m.id).toBe('');
        expect(run.stderr, m.id).toContain(m.file);
        return;
      }
      const out = JSON.parse(run.stdout) as {
        status: string;
        events: number;
        firstBadId: unknown;
      };
      expect(out.status, m.id).toBe(m.expect.status);
      if (m.expect.status !== 'absent' && m.expect.status !== 'unverifiable') {
        expect(out.events, m.id).toBe(m.expect.count);
      }
      if (m.expect.firstBadId !== undefined) {
        expect(out.firstBadId, m.id).toBe(m.expect.firstBadId);
      }
    });
  });
});

describe('the CLI never writes to an input', () => {
  it('refuses to overwrite an existing input with generate --out', async () => {
    const targets = [
      path.join(dir, 'deleted-row.db'),
      path.join(FIXTURES, 'pmm-v1-runtime-tiny.db'),
    ];
    for (const out of targets) {
      const run = await runCli([
        'generate',
        '--events',
        '10',
        '--seed',
        '1',
        '--out',
        out,
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/refusing to overwrite/);
    }
  });

  it('leaves every corpus file and fixture byte-identical, with the same mtime, and adds no file', async () => {
    // One more pass without --wal, so sidecars beside the files are found and read.
    for (const m of manifest.filter((e) => e.wal !== null)) {
      const run = await runInProcess(['verify', path.join(dir, m.file)]);
      // The sidecar beside the file is found and gives the same verdict.
      expect(run.code, m.id).toBe(m.exitCode);
    }
    expect(snapshot(dir)).toEqual(before);
    expect(snapshot(FIXTURES)).toEqual(fixturesBefore);
  });
});
