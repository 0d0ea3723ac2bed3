/** Number and size formatting for the dashboard (fixed locale, so tests can read it). */
const countFormat = new Intl.NumberFormat('en-US');

/** 3299 -> "3,299". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** 1536 -> "1.5 KB"; binary units, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit] ?? 'bytes'}`;
}
