// Test-only helper: CLI commands print with process.stdout/stderr.write, so their
// tests swallow both streams and assert on the captured text.
import { afterEach, beforeEach, vi } from 'vitest';

/** What a test printed since its start; a test may clear a field between calls. */
export interface CapturedOutput {
  out: string;
  errOut: string;
}

/**
 * Registers hooks in the calling scope: before each test the streams are captured
 * into fresh empty strings, after it every mock is restored.
 */
export function captureOutput(): CapturedOutput {
  const io: CapturedOutput = { out: '', errOut: '' };
  beforeEach(() => {
    io.out = '';
    io.errOut = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      io.out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      io.errOut += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return io;
}
