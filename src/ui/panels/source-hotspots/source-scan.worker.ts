/**
 * The source-scan worker: scans Python sources off the main thread (#8).
 * The logic is the core scanner; this file only dispatches.
 */
import { scanSources } from '../../../core/scanner/scan';
import type { ScanRequest, ScanResponse } from './scan-protocol';

// The DOM and WebWorker libs conflict in one tsconfig (TOOLCHAIN §3.7).
const scope = self as unknown as Worker;

scope.addEventListener('message', (event: MessageEvent<ScanRequest>) => {
  const { id, sources, methods } = event.data;
  const result = scanSources(sources, { methods });
  const response: ScanResponse = result.ok
    ? { id, ok: true, report: result.value }
    : { id, ok: false, message: result.error.message };
  scope.postMessage(response);
});
