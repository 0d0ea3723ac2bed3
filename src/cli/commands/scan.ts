/**
 * `tickscope scan PATH... [--method NAMES] [--top N] [--json]`: counts calls
 * of `read_all` (or the comma-separated NAMES) per file and per function in
 * Python sources (issue #8). Folders are walked for *.py, skipping
 * __pycache__, hidden folders and symbolic links. Files are only read.
 * Exit 0 on success, 1 when a path cannot be read, 2 on a usage error.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_METHODS, parseMethodList, scanSources } from '../../core/scanner/scan';
import type {
  FunctionHotspot,
  MethodCounts,
  ScanReport,
  SourceText,
} from '../../core/scanner/scan-types';
import { siteGroupOf } from '../../core/scanner/site-groups';

/** Usage, options and exit codes, for `tickscope scan --help`. */
export const SCAN_HELP = `usage: tickscope scan PATH... [--method NAMES] [--top N] [--json]
  PATH           a .py file or a folder (walked for *.py; skips __pycache__,
                 hidden folders and symbolic links)
  --method NAMES method names to count, comma-separated (default read_all)
  --top N        rows per section in the text output (default 20)
  --json         print one JSON object instead of text
exit codes: 0 ok, 1 a path cannot be read, 2 usage error
`;

interface ScanArgs {
  readonly paths: readonly string[];
  readonly methods: readonly string[];
  readonly top: number;
  readonly json: boolean;
}

/** Runs the command; resolves to the process exit code. */
export async function scanCommand(args: readonly string[]): Promise<number> {
  const parsed = parseScanArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tickscope scan: ${parsed}\n${SCAN_HELP}`);
    return 2;
  }
  const sources = await readSources(parsed.paths);
  if (typeof sources === 'string') {
    process.stderr.write(`tickscope scan: ${sources}\n`);
    return 1;
  }
  const result = scanSources(sources, { methods: parsed.methods });
  if (!result.ok) {
    process.stderr.write(`tickscope scan: ${result.error.message}\n`);
    return 2;
  }
  printWarnings(result.value);
  process.stdout.write(
    parsed.json
      ? `${JSON.stringify(toJson(result.value), null, 2)}\n`
      : formatText(result.value, parsed.top),
  );
  return 0;
}

// Returns the arguments, or a message saying what is wrong with them.
function parseScanArgs(args: readonly string[]): ScanArgs | string {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        method: { type: 'string', multiple: true },
        top: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
  const { positionals, values: options } = values;
  const methods = parseMethodList((options.method ?? DEFAULT_METHODS).join(','));
  const top = Number(options.top ?? '20');
  if (positionals.length === 0) {
    return 'no PATH given';
  }
  if (!methods.ok) {
    return methods.error.message;
  }
  if (!Number.isInteger(top) || top < 1) {
    return `--top must be a positive integer, got ${options.top ?? ''}`;
  }
  return { paths: positionals, methods: methods.value, top, json: options.json === true };
}

// Reads every file named or found under a folder, in a stable order; or
// returns a message naming the first path that cannot be read.
async function readSources(paths: readonly string[]): Promise<SourceText[] | string> {
  const sources: SourceText[] = [];
  for (const path of paths) {
    try {
      const files = (await stat(path)).isDirectory() ? await walkPython(path) : [path];
      for (const file of files) {
        sources.push({ path: file, text: await readFile(file, 'utf8') });
      }
    } catch (cause) {
      return `cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`;
    }
  }
  return sources;
}

async function walkPython(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (
      entry.isDirectory() &&
      entry.name !== '__pycache__' &&
      !entry.name.startsWith('.')
    ) {
      found.push(...(await walkPython(path)));
    } else if (entry.isFile() && entry.name.endsWith('.py')) {
      found.push(path);
    }
  }
  return found;
}

function printWarnings(report: ScanReport): void {
  for (const warning of report.warnings) {
    process.stderr.write(
      `warning: ${warning.file}:${warning.line}: ${warning.message}\n`,
    );
  }
}

function toJson(report: ScanReport): object {
  const fn = (f: FunctionHotspot) => ({
    file: f.file,
    name: f.name,
    count: f.count,
    lines: f.lines,
    byMethod: f.byMethod,
    ...(siteGroupOf(f.name) === undefined ? {} : { siteGroup: siteGroupOf(f.name) }),
  });
  return {
    methods: report.methods,
    total: report.total,
    byMethod: report.byMethod,
    filesScanned: report.filesScanned,
    files: report.files.map((f) => ({
      path: f.path,
      count: f.count,
      byMethod: f.byMethod,
    })),
    functions: report.functions.map(fn),
    critical: report.critical.map(fn),
    warnings: report.warnings,
  };
}

function formatText(report: ScanReport, top: number): string {
  const names = report.methods.join(', ');
  const summary =
    `Scanned ${report.filesScanned} Python files for ${names}: ` +
    `${report.total} calls in ${report.files.length} files${perMethod(report, report.byMethod)}`;
  if (report.total === 0) {
    return `${summary}\n`;
  }
  const out = [
    summary,
    '',
    `## Files with most calls (top ${Math.min(top, report.files.length)})`,
    ...report.files
      .slice(0, top)
      .map((f) => `${pad(f.count)}  ${f.path}${perMethod(report, f.byMethod)}`),
    '',
    `## Functions with most calls (top ${Math.min(top, report.functions.length)})`,
    ...report.functions.slice(0, top).map((f) => functionLine(report, f)),
    '',
    `## Critical: more than one call (${report.critical.length})`,
    ...report.critical.slice(0, top).map((f) => `${pad(f.count)}x  ${f.file}::${f.name}`),
  ];
  return `${out.join('\n')}\n`;
}

function functionLine(report: ScanReport, f: FunctionHotspot): string {
  const group = siteGroupOf(f.name);
  const tag = group === undefined ? '' : `  [site group ${group}]`;
  const lines = `lines ${f.lines.join(', ')}`;
  return `${pad(f.count)}  ${f.file}  ${f.name}  (${lines})${perMethod(report, f.byMethod)}${tag}`;
}

// With several names, each count is followed by its split per name.
function perMethod(report: ScanReport, counts: MethodCounts): string {
  if (report.methods.length < 2) {
    return '';
  }
  return `  [${report.methods.map((m) => `${m} ${counts[m] ?? 0}`).join(', ')}]`;
}

function pad(n: number): string {
  return String(n).padStart(5);
}
