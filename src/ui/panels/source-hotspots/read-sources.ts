/**
 * Turns picked or dropped files into scanner input: only `*.py`, named by
 * their path inside a picked folder, skipping `__pycache__` and hidden
 * folders as the CLI does.
 */
import type { SourceText } from '../../../core/scanner/scan-types';

/** The name a file is shown under: its folder-relative path when it has one. */
export function sourcePath(file: File): string {
  return file.webkitRelativePath === '' ? file.name : file.webkitRelativePath;
}

/** Whether a picked file is a Python source the scan should include. */
export function isPythonSource(path: string): boolean {
  const parts = path.split('/');
  const folders = parts.slice(0, -1);
  const hidden = folders.some((part) => part === '__pycache__' || part.startsWith('.'));
  return !hidden && (parts[parts.length - 1] ?? '').endsWith('.py');
}

/** Reads the Python files among `files` as UTF-8 text, sorted by path. */
export async function readPythonSources(files: readonly File[]): Promise<SourceText[]> {
  const python = files
    .filter((file) => isPythonSource(sourcePath(file)))
    .sort((a, b) => (sourcePath(a) < sourcePath(b) ? -1 : 1));
  return Promise.all(
    python.map(async (file) => ({ path: sourcePath(file), text: await file.text() })),
  );
}
