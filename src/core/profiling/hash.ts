/** SHA-256 of a ledger file's bytes, for the run file's input identity. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * Lower-case hex SHA-256 of `bytes`.
 * Example: `sha256Hex(new TextEncoder().encode('abc'))` -> `'ba7816bf…15ad'`.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
