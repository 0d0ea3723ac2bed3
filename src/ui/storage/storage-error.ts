/**
 * Why the run history could not be read or written. The message is neutral;
 * the panels add advice from the strings table.
 */
export type StorageErrorCode =
  'quota' | 'unavailable' | 'not-found' | 'duplicate' | 'failed';

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Maps what IndexedDB throws to a StorageError; quota is told apart from the rest. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) {
    return error;
  }
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StorageError(
      'quota',
      'The browser refused to store more data (quota exceeded).',
    );
  }
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError'
  ) {
    return new StorageError(
      'unavailable',
      `The browser's storage is unavailable: ${message}`,
    );
  }
  return new StorageError('failed', message);
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const { name } = error;
    return typeof name === 'string' ? name : '';
  }
  return '';
}
