/**
 * The worker side of the protocol, free of any worker API so Node tests can
 * drive it: it routes request messages to handlers, streams their progress,
 * turns every failure into typed error data and honours cancel messages.
 *
 * A handler is cancelled cooperatively: long work calls `ctx.checkpoint()`
 * between chunks, which yields to the event loop (so a `cancel` message can
 * be received) and throws a `cancelled` EngineError when it was.
 */
import { isLedgerError } from '../core/ledger/errors';
import type {
  EngineErrorData,
  EngineMethod,
  EngineProgress,
  FromWorkerMessage,
  ParamsOf,
  RequestMessage,
  ResultOf,
  ToWorkerMessage,
} from './protocol';
import { EngineError } from './protocol';

export interface TaskContext {
  progress(progress: EngineProgress): void;
  /** Lets queued messages in; throws a `cancelled` EngineError if this task was. */
  checkpoint(): Promise<void>;
  readonly isCancelled: () => boolean;
}

export type EngineHandlers = {
  [M in EngineMethod]: (
    params: ParamsOf<M>,
    ctx: TaskContext,
  ) => Promise<ResultOf<M>> | ResultOf<M>;
};

export interface EngineHost {
  receive(message: ToWorkerMessage): void;
}

type Post = (message: FromWorkerMessage) => void;

/** Builds a host over ready handlers. `yieldToEvents` lets queued messages run. */
export function createEngineHost(
  handlers: EngineHandlers,
  post: Post,
  yieldToEvents: () => Promise<void>,
): EngineHost {
  const cancelled = new Set<number>();

  return {
    receive(message) {
      if (message.type === 'cancel') {
        cancelled.add(message.id);
        return;
      }
      void runRequest(
        message,
        handlers,
        post,
        makeContext(message.id, cancelled, post, yieldToEvents),
      ).finally(() => cancelled.delete(message.id));
    },
  };
}

/** A host that queues messages until `ready` resolves, and fails them if it rejects. */
export function createDeferredHost(
  ready: Promise<EngineHandlers>,
  post: Post,
  yieldToEvents: () => Promise<void>,
): EngineHost {
  const host = ready.then(
    (handlers) => createEngineHost(handlers, post, yieldToEvents),
    (error: unknown) => createFailedHost(post, toErrorData(error)),
  );

  return {
    receive(message) {
      void host.then((h) => h.receive(message));
    },
  };
}

function createFailedHost(post: Post, cause: EngineErrorData): EngineHost {
  const message = `The engine could not start: ${cause.message}`;

  return {
    receive(request) {
      if (request.type === 'request') {
        post({
          type: 'error',
          id: request.id,
          error: { code: 'engine-unavailable', message },
        });
      }
    },
  };
}

function makeContext(
  id: number,
  cancelled: ReadonlySet<number>,
  post: Post,
  yieldToEvents: () => Promise<void>,
): TaskContext {
  const isCancelled = (): boolean => cancelled.has(id);

  return {
    isCancelled,
    progress(progress) {
      post({ type: 'progress', id, progress });
    },
    async checkpoint() {
      await yieldToEvents();
      if (isCancelled()) {
        throw new EngineError({ code: 'cancelled', message: 'Cancelled.' });
      }
    },
  };
}

async function runRequest(
  message: RequestMessage,
  handlers: EngineHandlers,
  post: Post,
  ctx: TaskContext,
): Promise<void> {
  try {
    const value = await callHandler(message, handlers, ctx);
    post({ type: 'result', id: message.id, value });
  } catch (error) {
    post({ type: 'error', id: message.id, error: toErrorData(error) });
  }
}

function callHandler(
  message: RequestMessage,
  handlers: EngineHandlers,
  ctx: TaskContext,
): unknown {
  const handler = handlers[message.method] as
    ((params: unknown, ctx: TaskContext) => unknown) | undefined;
  if (handler === undefined) {
    throw new EngineError({
      code: 'bad-request',
      message: `Unknown request "${String(message.method)}".`,
    });
  }
  return handler(message.params, ctx);
}

/** Any thrown value as error data: typed errors keep their code, others become `internal`. */
export function toErrorData(error: unknown): EngineErrorData {
  if (error instanceof EngineError) {
    return error.data;
  }
  if (isLedgerError(error)) {
    return {
      code: error.code,
      message: error.message,
      file: error.file,
      ...(error.eventId === undefined ? {} : { eventId: error.eventId }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}
