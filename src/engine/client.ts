/**
 * The page's one handle on the engine worker. Every call is typed by the
 * protocol; `query()` rejects with an EngineError, `tryQuery()` resolves to
 * a Result. Buffers named by `transferablesOf` are moved, never copied.
 * An AbortSignal cancels the request in the worker as well as on the page.
 */
import type { Result } from '../core/result';
import { err, ok } from '../core/result';
import type {
  EngineMethod,
  EngineProgress,
  FromWorkerMessage,
  ParamsOf,
  ResultOf,
  ToWorkerMessage,
} from './protocol';
import { EngineError, transferablesOf } from './protocol';

export interface QueryOptions {
  readonly onProgress?: (progress: EngineProgress) => void;
  readonly signal?: AbortSignal;
}

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerPort {
  postMessage(message: ToWorkerMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** One finished request, kept in a small ring for diagnostics and tests. */
export interface RequestLogEntry {
  readonly id: number;
  readonly method: EngineMethod;
  readonly ms: number;
  readonly ok: boolean;
}

interface Pending {
  readonly method: EngineMethod;
  readonly started: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: EngineError) => void;
  readonly onProgress: ((progress: EngineProgress) => void) | undefined;
}

const logCapacity = 200;

export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<() => void>();
  private readonly log: RequestLogEntry[] = [];
  private deadError: EngineError | undefined;

  private readonly restartListeners = new Set<() => void>();
  private restarts = 0;

  /**
   * `restartWorker` (#6): when given, a worker that dies is replaced by a
   * fresh one: requests in flight fail with `engine-unavailable`, later ones
   * go to the new worker, and `onRestart` listeners learn that every ledger
   * the old worker held is gone. Without it, a dead worker stays dead.
   */
  constructor(
    private worker: WorkerPort,
    private readonly restartWorker?: () => WorkerPort,
  ) {
    this.attach(worker);
  }

  /** Called after a dead worker was replaced (its open ledgers are lost). */
  onRestart(listener: () => void): () => void {
    this.restartListeners.add(listener);
    return () => this.restartListeners.delete(listener);
  }

  /** How many times the worker was replaced after dying. */
  restartCount(): number {
    return this.restarts;
  }

  private attach(worker: WorkerPort): void {
    worker.addEventListener('message', (event: MessageEvent) => {
      if (worker === this.worker) {
        this.receive(event.data as FromWorkerMessage);
      }
    });
    worker.addEventListener('error', () => {
      if (worker === this.worker) {
        this.workerDied('The engine worker stopped unexpectedly.');
      }
    });
  }

  private workerDied(message: string): void {
    if (this.restartWorker === undefined) {
      this.failAll(message);
      return;
    }
    const error = new EngineError({ code: 'engine-unavailable', message });
    for (const id of [...this.pending.keys()]) {
      this.settle(id, (p) => p.reject(error), false);
    }
    this.worker.terminate();
    this.worker = this.restartWorker();
    this.attach(this.worker);
    this.restarts += 1;
    for (const listener of this.restartListeners) {
      listener();
    }
  }

  /** Sends a request; rejects with an EngineError. */
  query<M extends EngineMethod>(
    method: M,
    params: ParamsOf<M>,
    options: QueryOptions = {},
  ): Promise<ResultOf<M>> {
    if (this.deadError !== undefined) {
      return Promise.reject(this.deadError);
    }
    if (options.signal?.aborted === true) {
      return Promise.reject(cancelledError());
    }
    return this.send(method, params, options);
  }

  /** Like `query`, but a failure is a value. */
  async tryQuery<M extends EngineMethod>(
    method: M,
    params: ParamsOf<M>,
    options: QueryOptions = {},
  ): Promise<Result<ResultOf<M>, EngineError>> {
    try {
      return ok(await this.query(method, params, options));
    } catch (error) {
      return err(error instanceof EngineError ? error : internalError(error));
    }
  }

  /** Requests sent and not yet answered. */
  pendingCount(): number {
    return this.pending.size;
  }

  /** The last finished requests, oldest first. */
  recentRequests(): readonly RequestLogEntry[] {
    return [...this.log];
  }

  /** Called whenever a request starts or ends. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll('The engine worker was stopped.');
  }

  private send<M extends EngineMethod>(
    method: M,
    params: ParamsOf<M>,
    options: QueryOptions,
  ): Promise<ResultOf<M>> {
    const id = this.nextId++;
    const message = { type: 'request', id, method, params } as ToWorkerMessage;
    const promise = new Promise<ResultOf<M>>((resolve, reject) => {
      const entry: Pending = {
        method,
        started: performance.now(),
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress: options.onProgress,
      };
      this.pending.set(id, entry);
    });

    options.signal?.addEventListener('abort', () => this.cancel(id), { once: true });
    this.worker.postMessage(message, transferablesOf(message));
    this.notify();
    return promise;
  }

  private cancel(id: number): void {
    if (!this.pending.has(id)) {
      return;
    }
    this.worker.postMessage({ type: 'cancel', id }, []);
    this.settle(id, (p) => p.reject(cancelledError()), false);
  }

  private receive(message: FromWorkerMessage): void {
    switch (message.type) {
      case 'progress':
        this.pending.get(message.id)?.onProgress?.(message.progress);
        return;
      case 'result':
        this.settle(message.id, (p) => p.resolve(message.value), true);
        return;
      case 'error':
        this.settle(message.id, (p) => p.reject(new EngineError(message.error)), false);
        return;
    }
  }

  private settle(
    id: number,
    finish: (pending: Pending) => void,
    succeeded: boolean,
  ): void {
    const pending = this.pending.get(id);
    if (pending === undefined) {
      return;
    }
    this.pending.delete(id);
    this.record({
      id,
      method: pending.method,
      ms: performance.now() - pending.started,
      ok: succeeded,
    });
    finish(pending);
    this.notify();
  }

  private record(entry: RequestLogEntry): void {
    this.log.push(entry);
    if (this.log.length > logCapacity) {
      this.log.shift();
    }
  }

  private failAll(message: string): void {
    this.deadError = new EngineError({ code: 'engine-unavailable', message });
    for (const id of [...this.pending.keys()]) {
      this.settle(id, (p) => p.reject(this.deadError as EngineError), false);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) {
      listener();
    }
  }
}

/** Starts the engine worker and returns its client. Browser only. */
export function createEngineClient(): EngineClient {
  return new EngineClient(startEngineWorker(), startEngineWorker);
}

function startEngineWorker(): WorkerPort {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'tickscope-engine',
  });
}

function cancelledError(): EngineError {
  return new EngineError({ code: 'cancelled', message: 'Cancelled.' });
}

function internalError(error: unknown): EngineError {
  const message = error instanceof Error ? error.message : String(error);
  return new EngineError({ code: 'internal', message });
}
