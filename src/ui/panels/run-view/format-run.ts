/** Number formats of the run panels. */

/** 0.0123 -> "0.012 ms", 12.3 -> "12.3 ms", 1234 -> "1.23 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) {
    return '–';
  }
  if (ms >= 1000) {
    return `${(ms / 1000).toFixed(2)} s`;
  }
  if (ms >= 10) {
    return `${ms.toFixed(1)} ms`;
  }
  return `${ms.toPrecision(2)} ms`;
}

/** 0.123 -> "12.3%". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** 2.345 -> "2.35". */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) {
    return '–';
  }
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
