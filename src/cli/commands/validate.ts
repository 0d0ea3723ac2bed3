/**
 * `tickscope validate RUN.json [MORE.json ...] [--json]`: loads each run file
 * through the run-file pipeline (parse -> upgrade -> validate) and reports ok
 * or the first problems found. Exit code 0 when every file is valid, 1
 * otherwise, 2 on a usage error. Files are only read.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { parseRunFile } from '../../core/profiling/run-file/load';
import type { RunFile } from '../../core/profiling/run-file/types';

const USAGE = 'usage: tickscope validate RUN.json [MORE.json ...] [--json]\n';

/** Full usage for `tickscope validate --help`. */
export const VALIDATE_HELP = `${USAGE}
Loads each run file (parse, upgrade to the current schema version, validate) and
prints "ok FILE: ..." or the file's problems with their JSON paths.
  --json   print one {file, ok, summary | error, issues} object per file
exit codes: 0 every file is valid, 1 a file is invalid or unreadable, 2 usage error
`;

interface Verdict {
  readonly file: string;
  readonly ok: boolean;
  readonly summary?: string;
  readonly error?: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

/** Runs the command; resolves to the process exit code. */
export async function validateCommand(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const verdicts = await Promise.all(files.map(validateOne));
  if (json) {
    process.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
  } else {
    verdicts.forEach(printVerdict);
  }
  return verdicts.every((v) => v.ok) ? 0 : 1;
}

async function validateOne(path: string): Promise<Verdict> {
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return { file: path, ok: false, error: `${file}: cannot read: ${why}` };
  }
  const loaded = parseRunFile(text, file);
  if (!loaded.ok) {
    return {
      file: path,
      ok: false,
      error: loaded.error.message,
      issues: loaded.error.issues,
    };
  }
  return { file: path, ok: true, summary: describe(loaded.value) };
}

function describe(run: RunFile): string {
  const ticks = run.strategies.reduce(
    (sum, s) => sum + s.repetitions.reduce((n, r) => n + r.ticks.length, 0),
    0,
  );
  const env = run.environment;
  return `schema v${run.schemaVersion}, ${env.source} (${env.runtime}), ${run.strategies.length} strategies, ${ticks} ticks`;
}

function printVerdict(verdict: Verdict): void {
  if (verdict.ok) {
    process.stdout.write(`ok ${verdict.file}: ${verdict.summary ?? ''}\n`);
    return;
  }
  process.stderr.write(`invalid ${verdict.file}: ${verdict.error ?? ''}\n`);
}
