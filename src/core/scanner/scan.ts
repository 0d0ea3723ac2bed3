import { err, ok } from '../result';
import type { Result } from '../result';
import { lexPython } from './lexer';
import { attributeCalls } from './scopes';
import type { OwnedCall } from './scopes';
import { ScanError } from './scan-types';
import type {
  FileHotspot,
  FunctionHotspot,
  MethodCounts,
  ScanOptions,
  ScanReport,
  SourceText,
} from './scan-types';
import type { ScanWarning } from './tokens';

export const DEFAULT_METHODS: readonly string[] = ['read_all'];

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/**
 * Parses a comma-separated list of method names (`read_tail,read_after_id`).
 *
 * @example
 * parseMethodList('read_tail, read_after_id') // ok(['read_tail', 'read_after_id'])
 * parseMethodList('read-all')                 // err(ScanError 'bad-method-name')
 */
export function parseMethodList(csv: string): Result<string[], ScanError> {
  const names = csv
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return validateMethods(names);
}

function validateMethods(names: readonly string[]): Result<string[], ScanError> {
  if (names.length === 0) {
    return err(new ScanError('no-methods', 'no method name to count'));
  }
  const bad = names.find((name) => !IDENTIFIER.test(name));
  if (bad !== undefined) {
    return err(new ScanError('bad-method-name', `not a Python identifier: ${bad}`));
  }
  return ok([...new Set(names)]);
}

/**
 * Counts calls `<anything>.<method>(` per file and per innermost function in
 * Python sources, ignoring comments and string text (f-string replacement
 * fields are code and count). Never fails on malformed Python: it recovers
 * and reports warnings. Fails only on bad options.
 *
 * @example
 * const r = scanSources([{ path: 'a.py', text: 'def f(log):\n    return log.read_all()\n' }]);
 * // r.ok && r.value.functions[0] → { file: 'a.py', name: 'f', count: 1, lines: [2], ... }
 */
export function scanSources(
  sources: readonly SourceText[],
  options: ScanOptions = {},
): Result<ScanReport, ScanError> {
  const methods = validateMethods(options.methods ?? DEFAULT_METHODS);
  if (!methods.ok) {
    return methods;
  }
  const scanned = sources.map((source) => scanOne(source, methods.value));
  return ok(buildReport(methods.value, scanned));
}

interface ScannedFile {
  readonly file: FileHotspot;
  readonly warnings: readonly ScanWarning[];
}

function scanOne(source: SourceText, methods: readonly string[]): ScannedFile {
  const lexed = lexPython(source.text, source.path);
  const calls = attributeCalls(lexed.tokens, new Set(methods));
  const functions = rankFunctions(groupByOwner(source.path, calls, methods));
  const file: FileHotspot = {
    path: source.path,
    count: calls.length,
    byMethod: countMethods(methods, calls),
    functions,
  };
  return { file, warnings: lexed.warnings };
}

function groupByOwner(
  path: string,
  calls: readonly OwnedCall[],
  methods: readonly string[],
): FunctionHotspot[] {
  const groups = new Map<string, OwnedCall[]>();
  for (const call of calls) {
    const list = groups.get(call.owner.name) ?? [];
    list.push(call);
    groups.set(call.owner.name, list);
  }
  return [...groups.values()].map((list) => toHotspot(path, list, methods));
}

function toHotspot(
  file: string,
  owned: readonly OwnedCall[],
  methods: readonly string[],
): FunctionHotspot {
  const owner = (owned[0] as OwnedCall).owner;
  const calls = owned
    .map(({ method, line, methodLine }) => ({ method, line, methodLine }))
    .sort((a, b) => a.line - b.line || a.methodLine - b.methodLine);
  return {
    file,
    name: owner.name,
    defLine: owner.defLine,
    count: calls.length,
    lines: calls.map((call) => call.line),
    byMethod: countMethods(methods, calls),
    calls,
  };
}

function countMethods(
  methods: readonly string[],
  calls: readonly { readonly method: string }[],
): MethodCounts {
  const counts: Record<string, number> = {};
  for (const method of methods) {
    counts[method] = 0;
  }
  for (const call of calls) {
    counts[call.method] = (counts[call.method] ?? 0) + 1;
  }
  return counts;
}

function buildReport(
  methods: readonly string[],
  scanned: readonly ScannedFile[],
): ScanReport {
  const files = scanned
    .map((entry) => entry.file)
    .filter((file) => file.count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.path, b.path));
  const functions = rankFunctions(files.flatMap((file) => file.functions));
  const byMethod = sumCounts(methods, files);
  return {
    methods,
    total: files.reduce((sum, file) => sum + file.count, 0),
    byMethod,
    filesScanned: scanned.length,
    files,
    functions,
    critical: functions.filter((fn) => fn.count > 1),
    warnings: scanned.flatMap((entry) => entry.warnings),
  };
}

function sumCounts(
  methods: readonly string[],
  files: readonly FileHotspot[],
): MethodCounts {
  const counts: Record<string, number> = {};
  for (const method of methods) {
    counts[method] = files.reduce((sum, file) => sum + (file.byMethod[method] ?? 0), 0);
  }
  return counts;
}

function rankFunctions(functions: readonly FunctionHotspot[]): FunctionHotspot[] {
  return [...functions].sort(
    (a, b) =>
      b.count - a.count ||
      compareText(a.file, b.file) ||
      (a.defLine ?? 0) - (b.defLine ?? 0) ||
      compareText(a.name, b.name),
  );
}

// Code-unit order, so the ranking does not depend on the host's locale.
function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
