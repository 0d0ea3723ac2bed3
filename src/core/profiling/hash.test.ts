import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches the digest the fixtures README lists', () => {
    const bytes = readFileSync(path.join(fixtures, 'pmm-v1-runtime-tiny.db'));
    expect(sha256Hex(bytes)).toBe(
      'e183afaad0931d48135deca656104212a2be6fdf40109eaae3a1338e12f53a75',
    );
  });
});
