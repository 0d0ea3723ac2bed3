import { describe, expect, it } from 'vitest';
import { MemoryLedgerStore } from './memory-store';

const fields = { ts: 't', kind: 'k', content: 'c', metaText: '{}', prevHash: null };

describe('MemoryLedgerStore inserts and hashes', () => {
  it('stores every field and sets the hash of the last or an earlier row', () => {
    const store = new MemoryLedgerStore();
    const a = store.insertRow(fields);
    const b = store.insertRow({ ...fields, prevHash: 'h1' });
    const before = store.readAll();
    store.setHash(b, 'h2');
    store.setHash(a, 'h1');
    expect(store.readAll()).toEqual([
      { id: 1, ...fields, hash: 'h1' },
      { id: 2, ...fields, prevHash: 'h1', hash: 'h2' },
    ]);
    // Rows read earlier are copies in time: setting a hash does not mutate them.
    expect(before.map((r) => r.hash)).toEqual([null, null]);
    expect(() => store.setHash(9, 'x')).toThrow(/no event with id 9/);
  });

  it('keeps nonTextColumns', () => {
    const store = new MemoryLedgerStore();
    const id = store.insertRow({ ...fields, nonTextColumns: ['kind'] });
    store.setHash(id, 'h');
    expect(store.byId(id)).toEqual({
      id,
      ...fields,
      nonTextColumns: ['kind'],
      hash: 'h',
    });
  });
});
