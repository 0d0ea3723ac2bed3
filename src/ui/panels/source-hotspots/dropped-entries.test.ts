import { describe, expect, it } from 'vitest';

import type { DroppedEntry } from './dropped-entries';
import { collectDroppedFiles } from './dropped-entries';
import { isPythonSource, readPythonSources } from './read-sources';

function fileEntry(fullPath: string, text: string): DroppedEntry {
  const name = fullPath.slice(fullPath.lastIndexOf('/') + 1);
  return {
    isFile: true,
    isDirectory: false,
    fullPath,
    file: (ok: (file: File) => void) => ok(new File([text], name)),
  } as DroppedEntry;
}

function dirEntry(fullPath: string, children: DroppedEntry[]): DroppedEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      // Two batches, then an empty one, as browsers do for large folders.
      const batches = [children.slice(0, 1), children.slice(1), []];
      return {
        readEntries: (ok: (entries: DroppedEntry[]) => void) => ok(batches.shift() ?? []),
      };
    },
  } as DroppedEntry;
}

describe('dropped folders', () => {
  it('walks folders in batches and names files by their path', async () => {
    const drop = [
      dirEntry('/pkg', [
        fileEntry('/pkg/a.py', 'x.read_all()\n'),
        dirEntry('/pkg/__pycache__', [fileEntry('/pkg/__pycache__/b.py', '')]),
        dirEntry('/pkg/sub', [
          fileEntry('/pkg/sub/c.py', ''),
          fileEntry('/pkg/sub/d.txt', ''),
        ]),
      ]),
      fileEntry('/top.py', ''),
    ];
    const files = await collectDroppedFiles(drop);
    expect(files.map((f) => f.path)).toEqual([
      'pkg/a.py',
      'pkg/__pycache__/b.py',
      'pkg/sub/c.py',
      'pkg/sub/d.txt',
      'top.py',
    ]);
    const sources = await readPythonSources(files);
    expect(sources).toEqual([
      { path: 'pkg/a.py', text: 'x.read_all()\n' },
      { path: 'pkg/sub/c.py', text: '' },
      { path: 'top.py', text: '' },
    ]);
  });

  it('keeps only .py files outside __pycache__ and hidden folders', () => {
    expect(isPythonSource('a.py')).toBe(true);
    expect(isPythonSource('pkg/.venv/a.py')).toBe(false);
    expect(isPythonSource('pkg/__pycache__/a.py')).toBe(false);
    expect(isPythonSource('.hidden.py')).toBe(true);
    expect(isPythonSource('notes.txt')).toBe(false);
  });
});
