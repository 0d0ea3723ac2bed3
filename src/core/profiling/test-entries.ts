/**
 * Builds read-log entries from aligned text for tests, so a scripted sequence
 * reads like the log it describes:
 *
 *   tick phase   site      op         args     maxId rows bytes ms
 *   1    sweep   tick#1    full-read  -        10    10   1000  1
 */
import type { ReadLogEntry, ReadOp, SiteGroup } from '../instrument/types';

function groupOf(site: string): SiteGroup {
  const name = site.split('#')[0] ?? '';
  const groups: readonly SiteGroup[] = [
    'tick',
    'handle_identity_adopt',
    'emit_reflection',
    'maybe_reflect',
    'rebind',
  ];
  return groups.find((g) => g === name) ?? 'other';
}

/** Parses one entry per non-empty line after the header; `-` means empty args. */
export function entriesFromText(text: string): ReadLogEntry[] {
  const lines = text
    .trim()
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return lines.map((line, seq) => {
    const [tick, phase, site, op, args, maxId, rows, bytes, ms] = line
      .trim()
      .split(/\s+/);
    return {
      seq,
      tick: Number(tick),
      phase: phase ?? '',
      site: site ?? '',
      group: groupOf(site ?? ''),
      op: op as ReadOp,
      args: args === '-' ? '' : (args ?? ''),
      maxIdAtRead: Number(maxId),
      rows: Number(rows),
      bytes: Number(bytes),
      durationMs: Number(ms),
    };
  });
}
