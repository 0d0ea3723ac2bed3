import { describe, expect, it } from 'vitest';

import { StorageError, toStorageError } from './storage-error';

describe('toStorageError', () => {
  it('tells a quota failure apart from other failures', () => {
    const quota = new DOMException('disk full', 'QuotaExceededError');
    expect(toStorageError(quota).code).toBe('quota');
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).code).toBe(
      'unavailable',
    );
    expect(toStorageError(new Error('boom'))).toMatchObject({
      code: 'failed',
      message: 'boom',
    });
    const kept = new StorageError('duplicate', 'already saved');
    expect(toStorageError(kept)).toBe(kept);
  });
});
