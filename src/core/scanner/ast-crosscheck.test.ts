import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { PY312_ONLY } from './corpus-expected';
import { scanSources } from './scan';

// The reference: Python's own parser. Every call whose callee is an attribute
// with one of the names is listed under the innermost def/async def (classes
// and functions qualify the name; decorators, defaults, annotations and bases
// belong to the enclosing scope), at the call's lineno.
const ORACLE = String.raw`
import ast, json, sys

methods = set(sys.argv[1].split(","))


class Calls(ast.NodeVisitor):
    def __init__(self):
        self.stack = []
        self.hits = {}

    def owner(self):
        if not self.stack:
            return "<module>"
        kind, path = self.stack[-1]
        return path + ".<body>" if kind == "class" else path

    def scoped(self, node, kind, header):
        for child in header:
            self.visit(child)
        parent = self.stack[-1][1] + "." if self.stack else ""
        self.stack.append((kind, parent + node.name))
        for stmt in node.body:
            self.visit(stmt)
        self.stack.pop()

    def visit_FunctionDef(self, node):
        header = [*node.decorator_list, node.args, *getattr(node, "type_params", [])]
        self.scoped(node, "def", header + ([node.returns] if node.returns else []))

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        header = [*node.decorator_list, *node.bases, *node.keywords]
        self.scoped(node, "class", header + list(getattr(node, "type_params", [])))

    def visit_Call(self, node):
        if isinstance(node.func, ast.Attribute) and node.func.attr in methods:
            self.hits.setdefault(self.owner(), []).append(node.lineno)
        self.generic_visit(node)


out = {"version": list(sys.version_info[:2]), "files": {}}
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except (SyntaxError, ValueError) as error:
        out["files"][path] = {"error": type(error).__name__}
        continue
    visitor = Calls()
    visitor.visit(tree)
    out["files"][path] = {"functions": {k: sorted(v) for k, v in visitor.hits.items()}}
print(json.dumps(out))
`;

interface OracleOutput {
  readonly version: [number, number];
  readonly files: Record<
    string,
    { readonly error?: string; readonly functions?: Record<string, number[]> }
  >;
}

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'test-corpus');
const hasPython = spawnSync('python3', ['--version']).status === 0;

if (!hasPython) {
  process.stderr.write('ast cross-check skipped: python3 is not on PATH\n');
}

function runOracle(methods: string, paths: readonly string[]): OracleOutput {
  const run = spawnSync('python3', ['-c', ORACLE, methods, ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`python3 oracle failed: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as OracleOutput;
}

function scannerLines(methods: string, path: string): Record<string, number[]> {
  const text = readFileSync(path, 'utf8');
  const result = scanSources([{ path, text }], { methods: methods.split(',') });
  if (!result.ok) {
    throw result.error;
  }
  return Object.fromEntries(
    result.value.functions.map((f) => [f.name, [...f.lines].sort((a, b) => a - b)]),
  );
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => join(dir, name));
}

describe.skipIf(!hasPython)('cross-check with Python ast', () => {
  it.each(['read_all', 'read_tail,read_after_id'])(
    'agrees on the corpus for %s',
    (methods) => {
      const paths = pythonFiles(CORPUS_DIR);
      const oracle = runOracle(methods, paths);
      const modern = oracle.version[0] > 3 || oracle.version[1] >= 12;
      for (const path of paths) {
        const reference = oracle.files[path];
        const newSyntax = PY312_ONLY.some((name) => path.endsWith(name));
        if (newSyntax && !modern) {
          expect(reference?.error).toBe('SyntaxError');
          continue;
        }
        expect({ path, lines: scannerLines(methods, path) }).toEqual({
          path,
          lines: reference?.functions,
        });
      }
    },
  );

  // Real code: the top-level modules of the Python standard library, with
  // common method names, so thousands of calls are compared.
  it('agrees on the standard library', () => {
    const stdlib = spawnSync(
      'python3',
      ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
      { encoding: 'utf8' },
    ).stdout.trim();
    const methods = 'append,get,join,format,items,read';
    const oracle = runOracle(methods, pythonFiles(stdlib));
    let compared = 0;
    for (const [path, reference] of Object.entries(oracle.files)) {
      if (reference.functions === undefined) {
        continue;
      }
      expect({ path, lines: scannerLines(methods, path) }).toEqual({
        path,
        lines: reference.functions,
      });
      compared += Object.values(reference.functions).flat().length;
    }
    process.stderr.write(`ast cross-check: ${compared} calls in ${stdlib} agree\n`);
    expect(compared).toBeGreaterThan(1000);
  });
});
