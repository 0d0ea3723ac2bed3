import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { EXPECTED_READ_ALL } from './corpus-expected';
import { scanSources } from './scan';
import type { ScanReport, SourceText } from './scan-types';
import { siteGroupOf } from './site-groups';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'test-corpus');

function readCorpus(): SourceText[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

function scan(sources: readonly SourceText[], methods?: string[]): ScanReport {
  const result = scanSources(sources, methods === undefined ? {} : { methods });
  if (!result.ok) {
    throw result.error;
  }
  return result.value;
}

function linesByFunction(report: ScanReport, file: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const fn of report.functions.filter((f) => f.file === file)) {
    out[fn.name] = [...fn.lines];
  }
  return out;
}

const corpus = readCorpus();

describe('scanner on the test corpus', () => {
  const report = scan(corpus);

  it('covers exactly the corpus files the expectations name', () => {
    expect(corpus.map((s) => s.path)).toEqual(Object.keys(EXPECTED_READ_ALL).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED_READ_ALL)) {
    it(`finds the exact read_all calls per function in ${file}`, () => {
      expect(linesByFunction(report, file)).toEqual(expected);
    });
  }

  it('totals per file and overall', () => {
    const perFile = Object.fromEntries(report.files.map((f) => [f.path, f.count]));
    expect(perFile).toEqual({
      'basics.py': 13,
      'continuations.py': 11,
      'fstrings.py': 16,
      'fstrings_py312.py': 4,
      'indentation_tabs.py': 10,
      'multi_methods.py': 3,
      'nesting.py': 27,
      'strings_comments.py': 12,
    });
    expect(report.total).toBe(96);
    expect(report.byMethod).toEqual({ read_all: 96 });
    expect(report.filesScanned).toBe(8);
    expect(report.warnings).toEqual([]);
  });

  it('ranks files and functions by calls, ties by path and line', () => {
    expect(report.files.map((f) => f.path).slice(0, 3)).toEqual([
      'nesting.py',
      'fstrings.py',
      'basics.py',
    ]);
    expect(report.functions.slice(0, 3).map((f) => [f.file, f.name, f.count])).toEqual([
      ['fstrings.py', 'plain_fields', 7],
      ['strings_comments.py', 'prefixes_as_names', 6],
      ['continuations.py', 'spread_calls', 5],
    ]);
  });

  it('lists functions with more than one call as critical', () => {
    expect(report.critical.every((f) => f.count > 1)).toBe(true);
    expect(report.critical).toHaveLength(
      report.functions.filter((f) => f.lines.length > 1).length,
    );
    expect(report.critical.map((f) => f.name)).toContain(
      'Tracker._rebind_commitments_on_identity_adopt',
    );
  });

  it('keeps the line of the method name apart from the call line', () => {
    const spread = report.functions.find((f) => f.name === 'spread_calls');
    expect(spread?.calls.map((c) => [c.line, c.methodLine])).toEqual([
      [2, 3],
      [4, 5],
      [6, 6],
      [8, 8],
      [11, 14],
    ]);
  });

  it('maps runtime functions to site groups', () => {
    const groups = report.functions
      .map((f) => [f.name, siteGroupOf(f.name)])
      .filter(([, group]) => group !== undefined);
    expect(Object.fromEntries(groups)).toEqual({
      'AutonomyLoop.tick': 'tick',
      'AutonomyLoop.handle_identity_adopt': 'handle_identity_adopt',
      emit_reflection: 'emit_reflection',
      maybe_reflect: 'maybe_reflect',
      'Tracker._rebind_commitments_on_identity_adopt': 'rebind',
      tick: 'tick',
    });
  });
});

describe('scanner with several method names', () => {
  const report = scan(corpus, ['read_tail', 'read_after_id']);

  it('counts each name and the total', () => {
    expect(report.total).toBe(6);
    expect(report.byMethod).toEqual({ read_tail: 3, read_after_id: 3 });
    const tick = report.functions.find(
      (f) => f.file === 'multi_methods.py' && f.name === 'tick',
    );
    expect(tick?.byMethod).toEqual({ read_tail: 2, read_after_id: 1 });
    expect(tick?.lines).toEqual([10, 11, 13]);
    expect(linesByFunction(report, 'basics.py')).toEqual({ 'Runtime.unrelated': [45] });
  });

  it('adds up with separate scans of each name', () => {
    const all = scan(corpus, ['read_all', 'read_tail', 'read_after_id']);
    expect(all.total).toBe(96 + 6);
    expect(all.byMethod).toEqual({ read_all: 96, read_tail: 3, read_after_id: 3 });
  });
});

// Lines after which a new physical line would continue a logical line.
function insertionPoints(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => (line.endsWith('\\') ? [] : [i + 1]));
}

function countsByFunction(report: ScanReport): Record<string, number> {
  return Object.fromEntries(
    report.functions.map((f) => [`${f.file}:${f.name}`, f.count]),
  );
}

describe('properties', () => {
  const baseline = countsByFunction(scan(corpus));
  const noise = fc.constantFrom(
    '# log.read_all()',
    '    # self.eventlog.read_all()[-500:]',
    '\t# x\\',
    '#',
  );

  it('comment lines holding read_all() never change the counts', () => {
    fc.assert(
      fc.property(
        fc.nat(corpus.length - 1),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 }),
        (fileIndex, inserts) => {
          const source = corpus[fileIndex] as SourceText;
          const lines = source.text.split('\n');
          const points = insertionPoints(source.text);
          // Insert from the bottom up so earlier points keep their meaning.
          const placed = inserts.map(([pick, comment]) => ({
            at: points[pick % points.length] ?? 0,
            comment,
          }));
          for (const { at, comment } of placed.sort((a, b) => b.at - a.at)) {
            lines.splice(at, 0, comment);
          }
          const edited = corpus.map((s) =>
            s === source ? { ...s, text: lines.join('\n') } : s,
          );
          expect(countsByFunction(scan(edited))).toEqual(baseline);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('string literals with any text never add calls', () => {
    const text = fc
      .string({ unit: 'grapheme-ascii' })
      .map((t) => t.replace(/[\r\n]/g, ' '));
    fc.assert(
      fc.property(text, (body) => {
        const plain = `${body}.read_all()`.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        const braces = plain.replace(/\{/g, '{{').replace(/\}/g, '}}');
        const source = `x = "${plain}"\ny = f"${braces}" + rb"${plain}"\n`;
        expect(scan([{ path: 'p.py', text: source }]).total).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
