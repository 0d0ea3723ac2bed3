import { LedgerError } from '../core/ledger/errors';
import { err, ok, type Result } from '../core/result';

/** What the first 100 bytes of a SQLite file say about it. */
export interface SqliteHeader {
  readonly pageSize: number;
  /** Bytes 18/19: 1 = rollback journal, 2 = WAL. */
  readonly writeVersion: number;
  readonly readVersion: number;
  /** The in-header page count, or null when SQLite would not trust it. */
  readonly pageCount: number | null;
}

const MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

/**
 * Checks the bytes of a database file before sql.js sees them, so the usual
 * failures get plain-words errors: empty, not SQLite, bad page size, and a
 * file shorter than its header says (truncated).
 *
 * @example readSqliteHeader(bytes, 'pmm.db') // ok({ pageSize: 4096, writeVersion: 2, … })
 */
export function readSqliteHeader(
  bytes: Uint8Array,
  name: string,
): Result<SqliteHeader, LedgerError> {
  if (bytes.length === 0) {
    return err(
      new LedgerError('empty-file', name, 'the file is empty (0 bytes), not a ledger'),
    );
  }
  if (bytes.length < HEADER_SIZE || !hasMagic(bytes)) {
    return err(notSqlite(bytes, name));
  }
  const pageSize = pageSizeAt(bytes, 16);
  if (pageSize === null) {
    return err(
      new LedgerError(
        'bad-page-size',
        name,
        'the SQLite header gives an invalid page size',
      ),
    );
  }
  const header = {
    pageSize,
    writeVersion: bytes[18] ?? 0,
    readVersion: bytes[19] ?? 0,
    pageCount: trustedPageCount(bytes),
  };
  return checkLength(bytes, header, name);
}

function checkLength(
  bytes: Uint8Array,
  header: SqliteHeader,
  name: string,
): Result<SqliteHeader, LedgerError> {
  const { pageSize, pageCount } = header;
  if (bytes.length % pageSize !== 0) {
    const detail = `the file is ${bytes.length} bytes, not a whole number of ${pageSize}-byte pages: it is truncated or corrupt`;
    return err(new LedgerError('truncated', name, detail));
  }
  if (pageCount !== null && bytes.length < pageCount * pageSize) {
    const detail = `the header says ${pageCount} pages but the file holds ${bytes.length / pageSize}: it is truncated`;
    return err(new LedgerError('truncated', name, detail));
  }
  return ok(header);
}

function notSqlite(bytes: Uint8Array, name: string): LedgerError {
  const size = bytes.length < HEADER_SIZE ? ` (${bytes.length} bytes, too short)` : '';
  return new LedgerError(
    'not-sqlite',
    name,
    `not a SQLite database${size}: it does not start with "SQLite format 3"`,
  );
}

function hasMagic(bytes: Uint8Array): boolean {
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/** A page size field (2 bytes, big-endian; 1 means 65536), or null when invalid. */
export function pageSizeAt(bytes: Uint8Array, offset: number): number | null {
  const raw = ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0 ? size : null;
}

/** SQLite trusts the page count at 28 only when bytes 92..95 equal the change counter at 24. */
function trustedPageCount(bytes: Uint8Array): number | null {
  const count = readU32(bytes, 28);
  return count > 0 && readU32(bytes, 24) === readU32(bytes, 92) ? count : null;
}

export function readU32(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] ?? 0) << 24) |
      ((bytes[offset + 1] ?? 0) << 16) |
      ((bytes[offset + 2] ?? 0) << 8) |
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

/**
 * The bytes to hand to sql.js: bytes 18/19 must read 1 (rollback journal),
 * which sql.js opens whatever its WAL support. sql.js copies a plain
 * Uint8Array into its own file system but keeps a view of a Node Buffer, so
 * anything but a plain Uint8Array already in rollback mode is copied first;
 * the caller's buffer is never written.
 */
export function withRollbackHeader(bytes: Uint8Array): Uint8Array {
  const plain = Object.getPrototypeOf(bytes) === Uint8Array.prototype;
  if (plain && bytes[18] === 1 && bytes[19] === 1) {
    return bytes;
  }
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  if (copy.length > 19) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return copy;
}
