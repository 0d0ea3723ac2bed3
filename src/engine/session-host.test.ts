import { describe, expect, it } from 'vitest';

import { LedgerError } from '../core/ledger/errors';
import type { WorkerPort } from './client';
import { EngineClient } from './client';
import type {
  EngineProgress,
  FromWorkerMessage,
  LedgerSummary,
  ToWorkerMessage,
} from './protocol';
import { EngineError } from './protocol';
import type { EngineHandlers } from './session-host';
import { createDeferredHost, createEngineHost } from './session-host';

const summary = { ledgerId: 'L1', name: 'a.db' } as LedgerSummary;

/** Handlers for the protocol round trip; only a few methods matter here. */
function fakeHandlers(overrides: Partial<EngineHandlers>): EngineHandlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    openFile: unused,
    generate: unused,
    listLedgers: () => [summary],
    closeLedger: () => null,
    kinds: unused,
    countEvents: unused,
    eventPage: unused,
    event: unused,
    profile: unused,
    scale: unused,
    ...overrides,
  };
}

/** A client wired to a host through in-memory "message passing" (async, like a worker). */
function connect(handlers: EngineHandlers | Promise<EngineHandlers>) {
  const toPage: ((event: MessageEvent) => void)[] = [];
  const sent: ToWorkerMessage[] = [];
  const post = (message: FromWorkerMessage) => {
    queueMicrotask(() => toPage.forEach((l) => l({ data: message } as MessageEvent)));
  };
  const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const host =
    handlers instanceof Promise
      ? createDeferredHost(handlers, post, yieldToEvents)
      : createEngineHost(handlers, post, yieldToEvents);
  const port: WorkerPort = {
    postMessage(message) {
      sent.push(message);
      setTimeout(() => host.receive(message), 0);
    },
    addEventListener(type: string, listener: (event: MessageEvent) => void) {
      if (type === 'message') {
        toPage.push(listener);
      }
    },
    terminate() {},
  };
  return { client: new EngineClient(port), sent };
}

describe('engine host and client', () => {
  it('round-trips a typed request and tracks pending requests', async () => {
    const { client } = connect(fakeHandlers({}));
    const pending = client.query('listLedgers', {});
    expect(client.pendingCount()).toBe(1);
    await expect(pending).resolves.toEqual([summary]);
    expect(client.pendingCount()).toBe(0);
    expect(client.recentRequests().map((r) => [r.method, r.ok])).toEqual([
      ['listLedgers', true],
    ]);
  });

  it('brings a LedgerError back with its code, file and message', async () => {
    const failing = fakeHandlers({
      openFile: (params) => {
        throw new LedgerError(
          'not-sqlite',
          params.name,
          'the file is not a SQLite database',
        );
      },
    });
    const { client } = connect(failing);
    const result = await client.tryQuery('openFile', {
      name: 'x.db',
      bytes: new ArrayBuffer(4),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(EngineError);
      expect(result.error.data).toEqual({
        code: 'not-sqlite',
        message: 'x.db: the file is not a SQLite database',
        file: 'x.db',
      });
    }
  });

  it('turns an unexpected throw into an internal error, and query() rejects', async () => {
    const { client } = connect(
      fakeHandlers({ kinds: () => Promise.reject(new Error('boom')) }),
    );
    await expect(client.query('kinds', { ledgerId: 'L1' })).rejects.toMatchObject({
      code: 'internal',
      message: 'boom',
    });
  });

  it('streams progress, and a cancel stops long work at its next checkpoint', async () => {
    let chunks = 0;
    const slow = fakeHandlers({
      generate: async (params, ctx) => {
        for (let done = 0; done < params.events; done += 10) {
          ctx.progress({ phase: 'generating', done, total: params.events });
          chunks += 1;
          await ctx.checkpoint();
        }
        return summary;
      },
    });
    const { client, sent } = connect(slow);
    const seen: EngineProgress[] = [];
    const controller = new AbortController();
    const pending = client.query(
      'generate',
      { events: 1_000_000, seed: 1, source: 'synthetic' },
      {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (seen.length === 3) {
            controller.abort();
          }
        },
      },
    );
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(sent.map((m) => m.type)).toEqual(['request', 'cancel']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chunks).toBeLessThan(10);
    expect(seen[0]).toEqual({ phase: 'generating', done: 0, total: 1_000_000 });
  });

  it('answers every request with engine-unavailable when the engine cannot start', async () => {
    const { client } = connect(Promise.reject(new Error('wasm failed')));
    await expect(client.query('listLedgers', {})).rejects.toMatchObject({
      code: 'engine-unavailable',
      message: 'The engine could not start: wasm failed',
    });
  });
});
