/**
 * Turns picked or dropped files into scanner input: only `*.py`, named by
 * their path inside a picked or dropped folder, skipping `__pycache__` and
 * hidden folders as the CLI does.
 */
import type { SourceText } from '../../../core/scanner/scan-types';

/** A file with the name the view shows it under. */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** A picked file named by its folder-relative path when it has one. */
export function pickedFile(file: File): PickedFile {
  return {
    path: file.webkitRelativePath === '' ? file.name : file.webkitRelativePath,
    file,
  };
}

/** Whether a picked file is a Python source the scan should include. */
export function isPythonSource(path: string): boolean {
  const parts = path.split('/');
  const folders = parts.slice(0, -1);
  const hidden = folders.some((part) => part === '__pycache__' || part.startsWith('.'));
  return !hidden && (parts[parts.length - 1] ?? '').endsWith('.py');
}

/** Reads the Python files among `files` as UTF-8 text, sorted by path. */
export async function readPythonSources(
  files: readonly PickedFile[],
): Promise<SourceText[]> {
  const python = files
    .filter((picked) => isPythonSource(picked.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return Promise.all(
    python.map(async ({ path, file }) => ({ path, text: await file.text() })),
  );
}
