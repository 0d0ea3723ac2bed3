// Prints how long the Python scanner (issue #8) takes on large sources:
// the test corpus repeated into one big file, and any .py paths given.
//   npx tsx scripts/bench-scan.ts [FILE.py ...]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { scanSources } from '../src/core/scanner/scan';
import type { SourceText } from '../src/core/scanner/scan-types';

const corpusDir = join(import.meta.dirname, '../src/core/scanner/test-corpus');
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.py'))
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
  .join('\n\n');

function measure(source: SourceText): void {
  let best = Infinity;
  let total = 0;
  const cold = performance.now();
  scanSources([source]); // warm-up: the first call pays for compiling the lexer
  const first = performance.now() - cold;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    const result = scanSources([source]);
    best = Math.min(best, performance.now() - start);
    total = result.ok ? result.value.total : -1;
  }
  const lines = source.text.split('\n').length;
  const kib = Buffer.byteLength(source.text) / 1024;
  console.log(
    `${basename(source.path).padEnd(28)} ${String(lines).padStart(7)} lines ` +
      `${kib.toFixed(0).padStart(6)} KiB  ${best.toFixed(1).padStart(7)} ms (min of 5 after a warm-up; first call ${first.toFixed(0)} ms)  ` +
      `${total} read_all calls`,
  );
}

measure({ path: 'corpus-x100.py', text: Array(100).fill(corpus).join('\n\n') });
for (const path of process.argv.slice(2)) {
  measure({ path, text: readFileSync(path, 'utf8') });
}
