/**
 * The engine worker's entry: load sql.js with its wasm served by Vite, then
 * hand every message to the host. The logic lives in session*.ts.
 */
import '../core/zod-jitless';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

import type { FromWorkerMessage, ToWorkerMessage } from './protocol';
import { EngineSession } from './session';
import { createEngineHandlers } from './session-handlers';
import { createDeferredHost } from './session-host';

// The DOM and WebWorker libs conflict in one tsconfig (TOOLCHAIN §3.7).
const scope = self as unknown as Worker;

const ready = initSqlJs({ locateFile: () => wasmUrl }).then((SQL) =>
  createEngineHandlers(new EngineSession(SQL)),
);

const host = createDeferredHost(
  ready,
  (message: FromWorkerMessage) => scope.postMessage(message),
  yieldToEvents,
);

scope.addEventListener('message', (event: MessageEvent<ToWorkerMessage>) => {
  host.receive(event.data);
});

// A MessageChannel hop lets queued messages (a cancel) in without the 4 ms
// clamp nested timers get.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
