import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compareRuns } from '../../core/profiling/compare/compare';
import { compareText } from '../format/compare-format';
import { readRunFile } from './profile-io';

export const COMPARE_HELP = `usage: tickscope compare BASE.json CANDIDATE.json [--json]

Compares two run files (from the CLI, the dashboard or the Python recorder):
input and environment differences first, then per strategy the speedup with
its bootstrap 95% interval, a Mann-Whitney test (never called significant
when the inputs differ), the equivalence verdict, and per-phase and per-site
changes in reads, bytes and time, biggest first. Strategies pair by id; two
single-strategy runs pair with each other.

  --json   the whole comparison as one JSON object

exit codes:
  0  compared
  2  wrong arguments, or a file is unreadable, malformed or too new
`;

/** `tickscope compare`; resolves to the exit code above. */
export function compareCommand(args: readonly string[]): Promise<number> {
  return Promise.resolve(compareSync(args));
}

function compareSync(args: readonly string[]): number {
  let positionals: string[];
  let json: boolean;
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    positionals = parsed.positionals;
    json = parsed.values.json === true;
  } catch (e) {
    process.stderr.write(`tickscope compare: ${String(e)}\n\n${COMPARE_HELP}`);
    return 2;
  }
  const [basePath, candPath] = positionals;
  if (positionals.length !== 2 || basePath === undefined || candPath === undefined) {
    process.stderr.write(
      `tickscope compare: give BASE.json and CANDIDATE.json\n\n${COMPARE_HELP}`,
    );
    return 2;
  }
  const base = readRunFile(basePath);
  const cand = readRunFile(candPath);
  for (const r of [base, cand]) {
    if (!r.ok) {
      process.stderr.write(`tickscope compare: ${r.error}\n`);
      return 2;
    }
  }
  if (!base.ok || !cand.ok) {
    return 2;
  }
  const comparison = compareRuns(base.value, cand.value);
  process.stdout.write(
    json
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : compareText(comparison, basename(basePath), basename(candPath)),
  );
  return 0;
}
