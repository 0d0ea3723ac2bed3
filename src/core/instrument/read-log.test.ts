import { describe, expect, it } from 'vitest';
import { ReadLog } from './read-log';
import type { ReadLogEntry } from './types';

function entry(seq: number): ReadLogEntry {
  return {
    seq,
    tick: 1,
    phase: 'p',
    site: 'tick#1',
    group: 'tick',
    op: 'full-read',
    rows: 1,
    bytes: 1,
    durationMs: 0,
    args: '',
    maxIdAtRead: 1,
  };
}

describe('ReadLog', () => {
  it('keeps entries in order and drains them', () => {
    const log = new ReadLog(4);
    [0, 1, 2].forEach((i) => log.push(entry(i)));
    expect(log.drain().map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(log.size).toBe(0);
  });

  it('overwrites the oldest when full and counts every loss', () => {
    const log = new ReadLog(3);
    [0, 1, 2, 3, 4].forEach((i) => log.push(entry(i)));
    expect(log.dropped).toBe(2);
    expect(log.size).toBe(3);
    expect(log.drain().map((e) => e.seq)).toEqual([2, 3, 4]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new ReadLog(0)).toThrow();
  });
});
