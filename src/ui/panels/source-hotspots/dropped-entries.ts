/**
 * Reads a drop that may hold folders: the browser hands dropped folders over
 * as file-system entries, walked here into files named by their path inside
 * the drop. Entries must be taken from the drop event synchronously; the walk
 * itself is asynchronous.
 */
import type { PickedFile } from './read-sources';

/** The part of the File and Directory Entries API a walk needs. */
export interface DroppedEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly fullPath: string;
}

interface FileEntryLike extends DroppedEntry {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}

interface DirectoryEntryLike extends DroppedEntry {
  createReader(): {
    readEntries(
      success: (entries: DroppedEntry[]) => void,
      failure?: (error: unknown) => void,
    ): void;
  };
}

/** Every file under the dropped entries, each named by its path without the leading `/`. */
export async function collectDroppedFiles(
  entries: readonly DroppedEntry[],
): Promise<PickedFile[]> {
  const lists = await Promise.all(entries.map(walk));
  return lists.flat();
}

async function walk(entry: DroppedEntry): Promise<PickedFile[]> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileEntryLike).file(resolve, reject),
    );
    return [{ path, file }];
  }
  if (entry.isDirectory) {
    return collectDroppedFiles(await readAll(entry as DirectoryEntryLike));
  }
  return [];
}

// A directory reader returns its entries in batches until an empty one.
async function readAll(directory: DirectoryEntryLike): Promise<DroppedEntry[]> {
  const reader = directory.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) {
      return all;
    }
    all.push(...batch);
  }
}
