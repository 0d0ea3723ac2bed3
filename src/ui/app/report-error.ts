/**
 * The one funnel for errors nobody handled: panel crashes, uncaught errors
 * and unhandled rejections. They are kept for the test API and shown once
 * in the console, which the e2e suite treats as a failure.
 */
const reported: string[] = [];

export function reportError(error: unknown, where?: string): void {
  const message = error instanceof Error ? error.message : String(error);
  reported.push(message);
  // The only console call of the UI: an unhandled error must be visible.
  // eslint-disable-next-line no-console -- the reportError funnel (#5)
  console.error('tickscope:', message, where ?? '');
}

export function reportedErrors(): readonly string[] {
  return reported;
}

/** Routes window-level failures into the funnel. */
export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (event) => reportError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => reportError(event.reason));
}
