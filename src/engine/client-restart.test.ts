import { describe, expect, it } from 'vitest';

import type { WorkerPort } from './client';
import { EngineClient } from './client';
import type { ToWorkerMessage } from './protocol';

/** A worker that records what it was sent and can be made to die. */
class FakeWorker implements WorkerPort {
  readonly sent: ToWorkerMessage[] = [];
  terminated = false;
  private onMessage: ((event: MessageEvent) => void) | undefined;
  private onError: ((event: Event) => void) | undefined;

  postMessage(message: ToWorkerMessage): void {
    this.sent.push(message);
  }

  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') {
      this.onMessage = listener as (event: MessageEvent) => void;
    } else {
      this.onError = listener as (event: Event) => void;
    }
  }

  terminate(): void {
    this.terminated = true;
  }

  die(): void {
    this.onError?.({} as Event);
  }

  answer(id: number, value: unknown): void {
    this.onMessage?.({ data: { type: 'result', id, value } } as MessageEvent);
  }
}

describe('EngineClient restart (#6)', () => {
  it('fails requests in flight, replaces the worker and serves later requests', async () => {
    const workers = [new FakeWorker()];
    const client = new EngineClient(workers[0] as FakeWorker, () => {
      const next = new FakeWorker();
      workers.push(next);
      return next;
    });
    let restarts = 0;
    client.onRestart(() => (restarts += 1));

    const inFlight = client.query('listLedgers', {});
    workers[0]?.die();
    await expect(inFlight).rejects.toMatchObject({ code: 'engine-unavailable' });
    expect(workers[0]?.terminated).toBe(true);
    expect(restarts).toBe(1);
    expect(client.restartCount()).toBe(1);

    const later = client.query('listLedgers', {});
    const second = workers[1] as FakeWorker;
    const request = second.sent[0];
    expect(request?.type).toBe('request');
    second.answer(request?.id ?? -1, []);
    await expect(later).resolves.toEqual([]);
  });

  it('without a restart factory a dead worker stays dead', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker);
    worker.die();
    await expect(client.query('listLedgers', {})).rejects.toMatchObject({
      code: 'engine-unavailable',
    });
  });
});
