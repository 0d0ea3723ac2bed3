import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { LedgerError } from '../core/ledger/errors';
import { err, ok, type Result } from '../core/result';
import { openLedgerFile } from '../engine/ledger-open';
import type { SqlLedger } from '../engine/ledger-sql';

/** The file could not be read from disk at all (missing, a folder, no permission). */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';
}

/** A ledger opened from disk, and which `-wal` sidecar was applied, if any. */
export interface OpenedLedgerFile {
  readonly ledger: SqlLedger;
  readonly walPath: string | null;
  /** True when the sidecar was found beside the file rather than given with --wal. */
  readonly walAutoDetected: boolean;
}

/**
 * Reads FILE (and its sidecar: `walPath`, else an existing non-empty
 * `FILE-wal`) and opens it. Files are only read.
 */
export function openLedgerPath(
  SQL: SqlJsStatic,
  path: string,
  walPath?: string,
): Result<OpenedLedgerFile, LedgerError | FileReadError> {
  const name = basename(path);
  const bytes = readBytes(path);
  if (!bytes.ok) {
    return bytes;
  }
  const sidecar = walPath ?? siblingWal(path);
  const wal = sidecar === null ? undefined : readBytes(sidecar);
  if (wal !== undefined && !wal.ok) {
    return wal;
  }
  const opened = openLedgerFile(SQL, bytes.value, { name, wal: wal?.value });
  if (!opened.ok) {
    return opened;
  }
  const walAutoDetected = walPath === undefined && sidecar !== null;
  return ok({ ledger: opened.value, walPath: sidecar, walAutoDetected });
}

/** `FILE-wal` when it exists and has content (a 0-byte -wal holds nothing). */
function siblingWal(path: string): string | null {
  const candidate = `${path}-wal`;
  return existsSync(candidate) && statSync(candidate).size > 0 ? candidate : null;
}

function readBytes(path: string): Result<Uint8Array, FileReadError> {
  try {
    // A plain Uint8Array view of the Buffer: sql.js then makes its own copy,
    // so the file's bytes are held twice, not three times (1M events: 435 MB).
    const buffer = readFileSync(path);
    return ok(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  } catch (e) {
    return err(new FileReadError(`cannot read ${path}: ${fsReason(e)}`));
  }
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') {
    return 'no such file';
  }
  if (code === 'EISDIR') {
    return 'it is a folder, not a file';
  }
  if (code === 'EACCES') {
    return 'permission denied';
  }
  return e instanceof Error ? e.message : String(e);
}
