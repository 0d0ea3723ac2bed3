/** A meta column (or any JSON text) that Python's `json.loads` would also reject. */
export class PyJsonSyntaxError extends Error {
  override readonly name = 'PyJsonSyntaxError';

  constructor(
    readonly detail: string,
    /** Offset in UTF-16 code units where the problem was found. */
    readonly position: number,
  ) {
    super(`${detail} at position ${position}`);
  }
}
