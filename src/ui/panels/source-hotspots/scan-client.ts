/**
 * Runs the scanner in a worker of its own, started on first use, so a large
 * folder never blocks the page. One request at a time is typical; ids keep
 * answers matched to requests anyway.
 */
import type { ScanReport, SourceText } from '../../../core/scanner/scan-types';
import type { ScanRequest, ScanResponse } from './scan-protocol';

interface Pending {
  readonly resolve: (report: ScanReport) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('./source-scan.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tickscope-source-scan',
    });
    worker.addEventListener('message', (event: MessageEvent<ScanResponse>) =>
      settle(event.data),
    );
    worker.addEventListener('error', failAll);
  }
  return worker;
}

function settle(response: ScanResponse): void {
  const waiter = pending.get(response.id);
  pending.delete(response.id);
  if (response.ok) {
    waiter?.resolve(response.report);
  } else {
    waiter?.reject(new Error(response.message));
  }
}

// A worker that fails to start or crashes fails every waiting request; the
// next request starts a fresh worker.
function failAll(event: ErrorEvent): void {
  worker?.terminate();
  worker = null;
  for (const waiter of pending.values()) {
    waiter.reject(new Error(event.message || 'the source-scan worker stopped'));
  }
  pending.clear();
}

/** Scans `sources` in the worker; rejects with the scanner's message on bad options. */
export function scanInWorker(
  sources: readonly SourceText[],
  methods: readonly string[],
): Promise<ScanReport> {
  const id = nextId;
  nextId += 1;
  const request: ScanRequest = { id, sources, methods };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request);
  });
}
