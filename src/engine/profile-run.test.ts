import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadSqlJs } from '../cli/sqljs-node';
import { buildRunFile } from '../core/profiling/build-run';
import { sha256Hex } from '../core/profiling/hash';
import { profileStrategies } from '../core/profiling/profile-run';
import type { RunFile, RunTick } from '../core/profiling/run-file/types';
import { DEFAULT_SCENARIO } from '../core/runtime/scenario';
import { serializeRunFile } from '../core/profiling/run-file/write';
import type { EngineProgress, ProfileParams } from './protocol';
import { EngineError } from './protocol';
import type { ProfileHost } from './profile-run';
import { runProfile, timerResolution } from './profile-run';
import { openLedgerFile } from './ledger-open';
import { EngineSession } from './session';
import type { TaskContext } from './session-host';

const fixture = path.resolve(
  import.meta.dirname,
  '../../../shared/fixtures/pmm-v1-autonomy-3299.db',
);

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function context(
  cancelAtCheckpoint = Infinity,
): TaskContext & { seen: EngineProgress[] } {
  const seen: EngineProgress[] = [];
  let checkpoints = 0;
  return {
    seen,
    progress: (p) => seen.push(p),
    isCancelled: () => checkpoints >= cancelAtCheckpoint,
    checkpoint() {
      checkpoints += 1;
      return checkpoints >= cancelAtCheckpoint
        ? Promise.reject(new EngineError({ code: 'cancelled', message: 'Cancelled.' }))
        : Promise.resolve();
    },
  };
}

// A counting clock: deterministic durations, so the test asserts structure, not time.
function host(): ProfileHost {
  let t = 0;
  return {
    clock: { now: () => (t += 0.01) },
    platform: 'test',
    cores: 2,
    tickscopeVersion: '0.0.0-test',
  };
}

async function openFixture() {
  const bytes = readFileSync(fixture);
  const session = new EngineSession(SQL);
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  );
  const summary = await session.openFile(
    { name: 'pmm-v1-autonomy-3299.db', bytes: buffer },
    context(),
  );
  return { session, summary, sha: sha256Hex(new Uint8Array(bytes)) };
}

function params(ledgerId: string, overrides: Partial<ProfileParams> = {}): ProfileParams {
  return {
    ledgerId,
    strategies: ['naive', 'incremental'],
    ticks: 5,
    turnEvery: 3,
    reps: 1,
    seed: 1,
    runId: 'run-test-1',
    createdAt: '2026-12-03T17:00:00.000Z',
    ...overrides,
  };
}

describe('runProfile', () => {
  it('profiles naive and incremental on a copy: identical ledgers, the open one unchanged', async () => {
    const { session, summary, sha } = await openFixture();
    const ctx = context();
    const run = await runProfile(
      session.profileSource(summary.ledgerId),
      params(summary.ledgerId),
      ctx,
      host(),
    );

    expect(() => serializeRunFile(run)).not.toThrow();
    expect(run.input.ledger).toMatchObject({ sha256: sha, eventCount: 3299, era: 'v1' });
    expect(run.strategies.map((s) => s.id)).toEqual(['naive', 'incremental']);
    expect(run.strategies[0]?.repetitions[0]?.ticks).toHaveLength(5);
    expect(run.equivalence).toEqual([
      expect.objectContaining({
        strategy: 'incremental',
        baseline: 'naive',
        verdict: 'identical',
      }),
    ]);
    const naiveTick = run.strategies[0]?.repetitions[0]?.ticks[0];
    expect(
      naiveTick?.reads.some((r) => r.site.startsWith('tick#') && r.op === 'full-read'),
    ).toBe(true);
    // The open ledger still has its 3,299 events: the runs appended to copies.
    expect(session.profileSource(summary.ledgerId).ledger.count()).toBe(3299);
    const last = ctx.seen.filter((p) => p.strategy === 'incremental').at(-1);
    expect(last).toMatchObject({ phase: 'profiling', done: 5, total: 5 });
  });

  it('shows stale diverging from naive at a named event', async () => {
    const { session, summary } = await openFixture();
    const run = await runProfile(
      session.profileSource(summary.ledgerId),
      params(summary.ledgerId, { strategies: ['naive', 'stale'], ticks: 10 }),
      context(),
      host(),
    );
    const stale = run.equivalence.find((e) => e.strategy === 'stale');
    expect(stale?.verdict).toBe('diverged');
    expect(stale?.firstDivergence?.eventId).toBeGreaterThan(3299);
  });

  it('stops at a cancel between repetitions and rejects an unknown strategy', async () => {
    const { session, summary } = await openFixture();
    const source = session.profileSource(summary.ledgerId);
    await expect(
      runProfile(source, params(summary.ledgerId, { reps: 3 }), context(2), host()),
    ).rejects.toMatchObject({ code: 'cancelled' });
    await expect(
      runProfile(
        source,
        params(summary.ledgerId, { strategies: ['fast'] }),
        context(),
        host(),
      ),
    ).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('stops within one tick of a cancel made mid-repetition (#6)', async () => {
    const { session, summary } = await openFixture();
    // The cancel arrives while tick 3 of the only repetition runs (from its progress report).
    let cancelled = false;
    const seen: EngineProgress[] = [];
    const ctx: TaskContext = {
      progress(p) {
        seen.push(p);
        cancelled ||= p.done >= 3;
      },
      isCancelled: () => cancelled,
      checkpoint: () =>
        cancelled
          ? Promise.reject(new EngineError({ code: 'cancelled', message: 'Cancelled.' }))
          : Promise.resolve(),
    };
    await expect(
      runProfile(
        session.profileSource(summary.ledgerId),
        params(summary.ledgerId, { strategies: ['naive'], ticks: 20, reps: 1 }),
        ctx,
        host(),
      ),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(Math.max(...seen.map((p) => p.done))).toBe(3);
  });

  it('stepping tick by tick records what the core records in one call', async () => {
    const { session, summary } = await openFixture();
    const source = session.profileSource(summary.ledgerId);
    const run = await runProfile(
      source,
      params(summary.ledgerId, { strategies: ['naive', 'incremental'], reps: 2 }),
      context(),
      host(),
    );
    const bytes = source.ledger.exportBytes();
    const direct = profileStrategies({
      file: summary.name,
      openCopy: () => {
        const copy = openLedgerFile(SQL, bytes, { name: summary.name });
        if (!copy.ok) {
          throw copy.error;
        }
        return copy.value;
      },
      strategies: ['naive', 'incremental'],
      scenario: { ...DEFAULT_SCENARIO, ticks: 5, turnEvery: 3, seed: '1' },
      reps: 2,
      clock: host().clock,
    });
    if (!direct.ok) {
      throw new Error(direct.error.message);
    }
    const { input, environment, scenario } = run;
    const meta = { runId: 'direct', createdAt: run.createdAt, ledger: input.ledger };
    const whole = buildRunFile(
      { ...meta, environment, scenario },
      direct.value.observations,
      'naive',
    );
    const untimedRun = (r: RunFile) =>
      r.strategies.map((s) => s.repetitions.map((rep) => rep.ticks.map(untimed)));
    expect(untimedRun(run)).toEqual(untimedRun(whole));
    expect(run.equivalence).toEqual(whole.equivalence);
  });

  it('measures the clock step', () => {
    let t = 0;
    expect(timerResolution({ now: () => (t += 0.5) })).toBe(0.5);
  });
});

/** What a tick did, without its times (two runs never take the same time). */
function untimed(tick: RunTick) {
  return {
    tick: tick.tick,
    headId: tick.headId,
    headHash: tick.headHash,
    appended: tick.appended,
    eventsAppended: tick.eventsAppended,
    reads: tick.reads.map((r) => [r.phase, r.site, r.op, r.count, r.rows, r.bytes]),
    derivations: tick.derivations.map((r) => [r.phase, r.site, r.op, r.count, r.rows]),
  };
}
