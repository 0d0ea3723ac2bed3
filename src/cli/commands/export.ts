import { parseArgs } from 'node:util';
import { toBenchmarkResults } from '../../core/profiling/exports/benchmark';
import { toChromeTrace } from '../../core/profiling/exports/chrome-trace';
import { readRunFile, writeNewFile } from './profile-io';

export const EXPORT_HELP = `usage: tickscope export RUN.json --format chrome-trace|benchmark --out FILE

Exports a run file:
  chrome-trace  Trace Event JSON (ticks, phases and reads as complete events;
                one process per strategy, one thread per repetition). Opens in
                Perfetto (ui.perfetto.dev), Chrome DevTools (Performance > Load
                profile) and the Firefox Profiler.
  benchmark     github-action-benchmark's customSmallerIsBetter JSON: per
                strategy the median tick time and per-tick read counts.
FILE must not exist yet (nothing is overwritten).

exit codes:
  0  written
  2  wrong arguments, RUN.json unreadable or malformed, FILE exists or cannot be written
`;

const FORMATS = ['chrome-trace', 'benchmark'] as const;

/** `tickscope export`; resolves to the exit code above. */
export function exportCommand(args: readonly string[]): Promise<number> {
  return Promise.resolve(exportSync(args));
}

function fail(message: string, usage = false): number {
  process.stderr.write(
    `tickscope export: ${message}\n${usage ? `\n${EXPORT_HELP}` : ''}`,
  );
  return 2;
}

function exportSync(args: readonly string[]): number {
  let values: { format?: string; out?: string };
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' } },
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (e) {
    return fail(String(e), true);
  }
  const [input] = positionals;
  const format = FORMATS.find((f) => f === values.format);
  if (
    positionals.length !== 1 ||
    input === undefined ||
    format === undefined ||
    !values.out
  ) {
    return fail('give RUN.json, --format chrome-trace|benchmark and --out FILE', true);
  }
  const run = readRunFile(input);
  if (!run.ok) {
    return fail(run.error);
  }
  const doc =
    format === 'chrome-trace' ? toChromeTrace(run.value) : toBenchmarkResults(run.value);
  const failed = writeNewFile(values.out, `${JSON.stringify(doc)}\n`);
  if (failed !== null) {
    return fail(failed);
  }
  process.stdout.write(`wrote ${values.out} (${format})\n`);
  return 0;
}
