import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBadInputCorpus, writeCorpus } from '../../scripts/bad-inputs/load-corpus';
import { loadSqlJs } from '../cli/sqljs-node';
import { isLedgerError, LedgerError } from '../core/ledger/errors';
import { rowsToEvents } from '../core/ledger/events';
import type { BadInputCase, BadInputExpectation } from './bad-inputs/corpus-types';
import { openLedgerFile } from './ledger-open';
import { EngineError } from './protocol';
import { EngineSession } from './session';
import type { TaskContext } from './session-host';

/**
 * The bad-input corpus of issue #7 through the engine: every case gets its
 * typed error (naming the file) or its expected partial result, never an
 * untyped throw; the input bytes are never modified; the next good ledger
 * opens afterwards, both through openLedgerFile and through the worker's
 * EngineSession. Verdicts of every case that opens are cross-checked with
 * the independent Python verifier when python3 is present.
 */

const { cases, skipped } = await loadBadInputCorpus();

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const ORACLE = path.resolve(
  import.meta.dirname,
  '../../../shared/oracle/verify_chain.py',
);
const GOOD = 'pmm-v1-runtime-tiny.db';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

type Observed =
  | { outcome: 'error'; code: string; message: string; file: string }
  | {
      outcome: 'opens';
      count: number;
      status: string;
      firstBadId: number | null;
      reason: string | null;
      badMetaIds: number[];
      walApplied: boolean;
    };

/** Opens, verifies and reads a case once; a non-LedgerError throw fails the test. */
function observe(c: BadInputCase): Observed {
  const opened = openLedgerFile(SQL, c.bytes, {
    name: c.fileName,
    ...(c.wal === undefined ? {} : { wal: c.wal }),
  });
  if (!opened.ok) {
    return asObservedError(opened.error);
  }
  const ledger = opened.value;
  try {
    const v = ledger.verify();
    const { badMeta } = rowsToEvents(ledger.readAll(), c.fileName);
    return {
      outcome: 'opens',
      count: ledger.count(),
      status: v.status,
      firstBadId: v.firstBadId,
      reason: v.reason,
      badMetaIds: badMeta.map((b) => b.id),
      walApplied: ledger.info().walFramesApplied > 0,
    };
  } catch (e) {
    if (isLedgerError(e)) {
      return asObservedError(e);
    }
    throw e;
  } finally {
    ledger.close();
  }
}

function asObservedError(e: LedgerError): Observed {
  expect(e).toBeInstanceOf(LedgerError);
  return { outcome: 'error', code: e.code, message: e.message, file: e.file };
}

function expectVerdict(
  c: BadInputCase,
  seen: Observed,
  expected: BadInputExpectation,
): void {
  if (expected.outcome === 'error') {
    expect(seen).toMatchObject({ outcome: 'error', code: expected.code });
    if (seen.outcome === 'error') {
      // The message names the file (a sidecar error names `<file>-wal`).
      expect(seen.message).toContain(c.fileName);
      expect(seen.message.length).toBeGreaterThan(c.fileName.length + 10);
    }
    return;
  }
  const { outcome, count, status, firstBadId, reason, badMetaIds, walApplied } = expected;
  expect(seen).toMatchObject({
    outcome,
    count,
    status,
    ...(firstBadId === undefined ? {} : { firstBadId }),
    ...(reason === undefined ? {} : { reason }),
    badMetaIds: badMetaIds ?? [],
    ...(walApplied === undefined ? {} : { walApplied }),
  });
}

function goodLedgerOpens(): void {
  const r = openLedgerFile(SQL, new Uint8Array(readFileSync(path.join(FIXTURES, GOOD))), {
    name: GOOD,
  });
  expect(r.ok).toBe(true);
  if (r.ok) {
    expect(r.value.verify()).toMatchObject({ status: 'ok', events: 5 });
    r.value.close();
  }
}

/** A cheap fingerprint of the input: length plus a 32-bit FNV-1a over every byte. */
function sha(bytes: Uint8Array | undefined): string {
  if (bytes === undefined) {
    return '';
  }
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h = Math.imul(h ^ b, 0x01000193) >>> 0;
  }
  return `${bytes.length}:${h.toString(16)}`;
}

describe('bad-input corpus (engine: openLedgerFile + verify)', () => {
  it(`has every case of issue #7${skipped === null ? '' : ` (${skipped})`}`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(skipped === null ? 39 : 33);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases)('$id: $title', (c) => {
    const before = [sha(c.bytes), sha(c.wal)];
    const loads = Array.from({ length: c.loads ?? 1 }, () => observe(c));
    for (const seen of loads) {
      expectVerdict(c, seen, c.expect);
    }
    expect([sha(c.bytes), sha(c.wal)]).toEqual(before);
    goodLedgerOpens();
  });
});

function context(): TaskContext {
  return {
    progress: () => undefined,
    isCancelled: () => false,
    checkpoint: () => Promise.resolve(),
  };
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

describe('bad-input corpus (worker logic: EngineSession.openFile)', () => {
  let live: EngineSession;
  beforeAll(() => {
    live = new EngineSession(SQL);
  });

  it.each(cases)('$id', async (c) => {
    const params = {
      name: c.fileName,
      bytes: buffer(c.bytes),
      ...(c.wal === undefined ? {} : { wal: buffer(c.wal) }),
    };
    const expected = c.expect;
    if (expected.outcome === 'error') {
      const error: unknown = await live.openFile(params, context()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error instanceof LedgerError || error instanceof EngineError).toBe(true);
      expect((error as LedgerError | EngineError).code).toBe(expected.code);
      expect((error as Error).message).toContain(c.fileName);
    } else {
      const summary = await live.openFile(params, context());
      expect(summary.events).toBe(expected.count);
      expect(summary.chain.status).toBe(expected.status);
      if (expected.firstBadId !== undefined) {
        expect(summary.chain.firstBadId).toBe(expected.firstBadId);
      }
      live.close(summary.ledgerId);
    }
    const good = await live.openFile(
      {
        name: GOOD,
        bytes: buffer(new Uint8Array(readFileSync(path.join(FIXTURES, GOOD)))),
      },
      context(),
    );
    expect(good.chain.status).toBe('ok');
    live.close(good.ledgerId);
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

interface OracleVerdict {
  readonly db: string;
  readonly status: string;
  readonly first_bad_id?: number | null;
  readonly rows?: number;
}

describe('verdicts agree with the Python oracle (verify_chain.py)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tickscope-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Cases the oracle can judge: they open, carry no sidecar (it opens files
  // immutable), and are not in a rule tickscope calls unverifiable.
  const comparable = cases.filter(
    (c) =>
      c.expect.outcome === 'opens' &&
      c.wal === undefined &&
      c.expect.status !== 'unverifiable',
  );

  it.skipIf(!hasPython)(
    `agrees on all ${comparable.length} comparable cases${hasPython ? '' : ' (skipped: python3 not found)'}`,
    () => {
      writeCorpus(dir, comparable);
      const files = comparable.map((c) => path.join(dir, c.fileName));
      const proc = spawnSync('python3', [ORACLE, '--json', ...files], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(proc.status, proc.stderr).toBe(0);
      const verdicts = JSON.parse(proc.stdout) as OracleVerdict[];
      const mismatches = comparable.flatMap((c, i) => {
        const ours = observe(c);
        const py = verdicts[i];
        return agrees(ours, py) ? [] : [{ id: c.id, ours, py }];
      });
      expect(mismatches).toEqual([]);
    },
  );
});

function agrees(ours: Observed, py: OracleVerdict | undefined): boolean {
  if (ours.outcome !== 'opens' || py === undefined) {
    return false;
  }
  switch (ours.status) {
    case 'ok':
      return py.status === 'OK' || py.status === 'empty';
    case 'absent':
      return py.status === 'no hash columns';
    case 'broken':
      return py.first_bad_id === ours.firstBadId;
    default:
      return false;
  }
}
