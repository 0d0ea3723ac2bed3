/**
 * Downloads a saved run as its run-file JSON or as a Chrome trace (which
 * Perfetto, Chrome DevTools and the Firefox Profiler open).
 */
import { toChromeTrace } from '../../../core/profiling/exports/chrome-trace';
import type { RunFile } from '../../../core/profiling/run-file/types';
import { serializeRunFile } from '../../../core/profiling/run-file/write';

export type ExportFormat = 'run' | 'trace';

/** The file name and text of an export. */
export function exportOf(
  run: RunFile,
  format: ExportFormat,
): { name: string; text: string } {
  const base = safeName(run.label ?? run.runId);
  if (format === 'run') {
    return { name: `${base}.run.json`, text: serializeRunFile(run) };
  }
  return { name: `${base}.trace.json`, text: `${JSON.stringify(toChromeTrace(run))}\n` };
}

/** Saves text as a file through a temporary link (no network involved). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has been handed to the browser; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'run';
}
