import { LedgerError } from '../core/ledger/errors';
import { err, ok, type Result } from '../core/result';
import { pageSizeAt, readU32 } from './ledger-header';

/** The outcome of replaying a `-wal` sidecar into a database image. */
export interface WalReplay {
  readonly bytes: Uint8Array;
  /** Frames copied into the image (only those of committed transactions). */
  readonly framesApplied: number;
  readonly commitsApplied: number;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/**
 * Applies the committed frames of a SQLite WAL file to a database image, as a
 * checkpoint would: frames are read while their salts match the header and
 * their cumulative checksums verify, and only frames up to the last commit
 * frame count. A 0-byte WAL changes nothing. `main` is never modified.
 *
 * @example replayWal(dbBytes, walBytes, 'pmm.db') // ok({ bytes, framesApplied: 12, commitsApplied: 3 })
 */
export function replayWal(
  main: Uint8Array,
  wal: Uint8Array,
  name: string,
): Result<WalReplay, LedgerError> {
  if (wal.length === 0) {
    return ok({ bytes: main, framesApplied: 0, commitsApplied: 0 });
  }
  const header = readWalHeader(wal, name);
  if (!header.ok) {
    return header;
  }
  const mainPageSize = main.length >= 18 ? pageSizeAt(main, 16) : null;
  if (mainPageSize !== null && mainPageSize !== header.value.pageSize) {
    const why = `its page size (${header.value.pageSize}) differs from the database's (${mainPageSize})`;
    return err(
      new LedgerError('bad-wal', `${name}-wal`, `the WAL sidecar is not usable: ${why}`),
    );
  }
  const frames = committedFrames(wal, header.value);
  return ok(applyFrames(main, wal, header.value.pageSize, frames));
}

interface WalHeader {
  readonly bigEndian: boolean;
  readonly pageSize: number;
  readonly salt1: number;
  readonly salt2: number;
  readonly checksum: readonly [number, number];
}

function readWalHeader(wal: Uint8Array, name: string): Result<WalHeader, LedgerError> {
  const bad = (why: string) =>
    err(
      new LedgerError('bad-wal', `${name}-wal`, `the WAL sidecar is not usable: ${why}`),
    );
  if (wal.length < WAL_HEADER) {
    return bad(`it is ${wal.length} bytes, shorter than a WAL header`);
  }
  const magic = readU32(wal, 0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) {
    return bad('it does not start with the WAL magic number');
  }
  const pageSize = pageSizeAt(wal, 10);
  if (pageSize === null) {
    return bad('its header gives an invalid page size');
  }
  const bigEndian = (magic & 1) === 1;
  const sum = walChecksum(wal, 0, 24, [0, 0], bigEndian);
  if (sum[0] !== readU32(wal, 24) || sum[1] !== readU32(wal, 28)) {
    return bad('its header checksum does not match');
  }
  return ok({
    bigEndian,
    pageSize,
    salt1: readU32(wal, 16),
    salt2: readU32(wal, 20),
    checksum: sum,
  });
}

interface Frame {
  readonly pageNo: number;
  readonly offset: number;
}

/** The frames of committed transactions, and the database size in pages after the last. */
function committedFrames(
  wal: Uint8Array,
  h: WalHeader,
): { frames: Frame[]; dbPages: number } {
  const frameSize = FRAME_HEADER + h.pageSize;
  let sum: readonly [number, number] = h.checksum;
  const pending: Frame[] = [];
  let committed: { frames: Frame[]; dbPages: number } = { frames: [], dbPages: 0 };
  for (let off = WAL_HEADER; off + frameSize <= wal.length; off += frameSize) {
    if (readU32(wal, off + 8) !== h.salt1 || readU32(wal, off + 12) !== h.salt2) {
      break;
    }
    sum = walChecksum(wal, off, 8, sum, h.bigEndian);
    sum = walChecksum(wal, off + FRAME_HEADER, h.pageSize, sum, h.bigEndian);
    if (sum[0] !== readU32(wal, off + 16) || sum[1] !== readU32(wal, off + 20)) {
      break;
    }
    pending.push({ pageNo: readU32(wal, off), offset: off + FRAME_HEADER });
    const dbPages = readU32(wal, off + 4);
    if (dbPages > 0) {
      committed = { frames: [...pending], dbPages };
    }
  }
  return committed;
}

function applyFrames(
  main: Uint8Array,
  wal: Uint8Array,
  pageSize: number,
  replay: { frames: Frame[]; dbPages: number },
): WalReplay {
  if (replay.frames.length === 0) {
    return { bytes: main, framesApplied: 0, commitsApplied: 0 };
  }
  const out = new Uint8Array(replay.dbPages * pageSize);
  out.set(main.subarray(0, Math.min(main.length, out.length)));
  for (const f of replay.frames) {
    if (f.pageNo <= replay.dbPages) {
      out.set(wal.subarray(f.offset, f.offset + pageSize), (f.pageNo - 1) * pageSize);
    }
  }
  return {
    bytes: out,
    framesApplied: replay.frames.length,
    commitsApplied: countCommits(wal, replay),
  };
}

function countCommits(wal: Uint8Array, replay: { frames: Frame[] }): number {
  return replay.frames.filter((f) => readU32(wal, f.offset - FRAME_HEADER + 4) > 0)
    .length;
}

/** SQLite's WAL checksum over `len` bytes (a multiple of 8), continuing from `seed`. */
function walChecksum(
  bytes: Uint8Array,
  offset: number,
  len: number,
  seed: readonly [number, number],
  bigEndian: boolean,
): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, len);
  let s0 = seed[0];
  let s1 = seed[1];
  const littleEndian = !bigEndian;
  for (let i = 0; i < len; i += 8) {
    s0 = (s0 + view.getUint32(i, littleEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, littleEndian) + s0) >>> 0;
  }
  return [s0, s1];
}
