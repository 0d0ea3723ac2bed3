import { sha256 } from '@noble/hashes/sha2.js';
import { quoteAscii } from '../json/py-json-dump';

/**
 * The parts of noble's SHA-256 this module drives directly: the state words
 * and the one-block compression function. They are `protected` in noble's
 * typings; going through `update()`/`digestInto()` instead allocated two
 * DataViews, two state arrays and zeroed the schedule twice per row, which
 * was a third of chain verification's hashing time.
 */
interface Sha256Core {
  A: number;
  B: number;
  C: number;
  D: number;
  E: number;
  F: number;
  G: number;
  H: number;
  process(view: DataView, offset: number): void;
}

const core = sha256.create() as unknown as Sha256Core;
const IV = Object.freeze({ ...(sha256.create() as unknown as Sha256Core) });

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX_CODES = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const encoder = new TextEncoder();

/**
 * From this length on, a native regex scan plus `encodeInto` beats copying
 * char codes in JS (long contents and metas of real PMM ledgers).
 */
const NATIVE_FROM = 48;
/** What `quoteAscii` escapes: anything outside printable ASCII, `"` and `\\`. */
const NEEDS_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

/**
 * Builds a payload's bytes in one reused buffer and hashes them with noble's
 * SHA-256 compression function: no payload string, no per-row buffers. The
 * digest stays in the state words until read as hex or compared with hex.
 * Single-threaded use only (one shared instance per module).
 *
 * @example payloadHasher.begin().raw('{}').digest().hex() === sha256Hex('{}')
 */
export class PayloadHasher {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  begin(): this {
    this.pos = 0;
    return this;
  }

  /** Appends ASCII text as it is (UTF-8 encoded should it hold anything else). */
  raw(s: string): this {
    if (s.length > NATIVE_FROM) {
      return this.utf8(s);
    }
    this.reserve(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) {
        return this.utf8(s);
      }
      buf[p++] = c;
    }
    this.pos = p;
    return this;
  }

  /** Appends `quoteAscii(s)` (Python's ensure_ascii string), copying plain text directly. */
  quoted(s: string): this {
    if (s.length > NATIVE_FROM) {
      return NEEDS_ESCAPE.test(s) ? this.raw(quoteAscii(s)) : this.plainQuoted(s);
    }
    this.reserve(s.length + 2);
    const buf = this.buf;
    let p = this.pos;
    buf[p++] = 0x22;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        return this.raw(quoteAscii(s));
      }
      buf[p++] = c;
    }
    buf[p++] = 0x22;
    this.pos = p;
    return this;
  }

  /** Pads the message (FIPS 180-4 §5.1.1) and runs every block through noble's compression. */
  digest(): this {
    const len = this.pos;
    const total = (Math.floor((len + 8) / 64) + 1) * 64;
    this.reserve(total - len);
    const buf = this.buf;
    buf[len] = 0x80;
    buf.fill(0, len + 1, total - 8);
    const bits = len * 8;
    this.view.setUint32(total - 8, Math.floor(bits / 0x100000000), false);
    this.view.setUint32(total - 4, bits >>> 0, false);
    resetCore();
    for (let off = 0; off < total; off += 64) {
      core.process(this.view, off);
    }
    return this;
  }

  /** The last digest as lowercase hex. */
  hex(): string {
    const ws = words();
    let out = '';
    for (let i = 0; i < 8; i++) {
      const w = ws[i] as number;
      out += `${HEX[w >>> 24]}${HEX[(w >>> 16) & 0xff]}${HEX[(w >>> 8) & 0xff]}${HEX[w & 0xff]}`;
    }
    return out;
  }

  /** Whether the last digest's lowercase hex is exactly `expected` (no string built). */
  hexEquals(expected: string): boolean {
    if (expected.length !== 64) {
      return false;
    }
    const ws = words();
    for (let i = 0; i < 64; i++) {
      const w = ws[i >>> 3] as number;
      const nibble = (w >>> (28 - 4 * (i & 7))) & 0xf;
      if (expected.charCodeAt(i) !== HEX_CODES[nibble]) {
        return false;
      }
    }
    return true;
  }

  /** `"s"` for a string of printable ASCII needing no escape. */
  private plainQuoted(s: string): this {
    this.reserve(s.length + 2);
    this.buf[this.pos++] = 0x22;
    this.utf8(s);
    this.buf[this.pos++] = 0x22;
    return this;
  }

  private utf8(s: string): this {
    this.reserve(s.length * 3);
    const { written } = encoder.encodeInto(s, this.buf.subarray(this.pos));
    this.pos += written;
    return this;
  }

  private reserve(extra: number): void {
    const need = this.pos + extra + 72;
    if (need > this.buf.length) {
      const next = new Uint8Array(need * 2);
      next.set(this.buf.subarray(0, this.pos));
      this.buf = next;
      this.view = new DataView(next.buffer);
    }
  }
}

const state = new Int32Array(8);

function words(): Int32Array {
  state[0] = core.A;
  state[1] = core.B;
  state[2] = core.C;
  state[3] = core.D;
  state[4] = core.E;
  state[5] = core.F;
  state[6] = core.G;
  state[7] = core.H;
  return state;
}

function resetCore(): void {
  core.A = IV.A;
  core.B = IV.B;
  core.C = IV.C;
  core.D = IV.D;
  core.E = IV.E;
  core.F = IV.F;
  core.G = IV.G;
  core.H = IV.H;
}

/** The module's one hasher: payloads are hashed one at a time, synchronously. */
export const payloadHasher = new PayloadHasher();
