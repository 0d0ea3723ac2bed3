/** A comparison side in the address: `runId~strategyId`. */
export interface CompareSide {
  readonly runId: string;
  readonly strategy: string;
}

export function parseSide(text: string | null): CompareSide | null {
  if (text === null) {
    return null;
  }
  const at = text.lastIndexOf('~');
  if (at <= 0 || at === text.length - 1) {
    return null;
  }
  return { runId: text.slice(0, at), strategy: text.slice(at + 1) };
}

export function formatSide(side: CompareSide): string {
  return `${side.runId}~${side.strategy}`;
}
