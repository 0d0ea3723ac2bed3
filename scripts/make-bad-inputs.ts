// Writes the bad-input corpus of issue #7 into a directory:
//   npx tsx scripts/make-bad-inputs.ts [--out DIR]   (default: bad-inputs/ under the OS temp dir)
// Each case is `<id>.db` (plus `<id>.db-wal` when it has a sidecar); manifest.json
// lists the verdict each must get (LedgerError code, or verification result and CLI exit code).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBadInputCorpus, writeCorpus } from './bad-inputs/load-corpus';

function outDir(argv: readonly string[]): string {
  const i = argv.indexOf('--out');
  const given = i >= 0 ? argv[i + 1] : undefined;
  return path.resolve(given ?? path.join(tmpdir(), 'tickscope-bad-inputs'));
}

const dir = outDir(process.argv.slice(2));
const { cases, skipped } = await loadBadInputCorpus();
const manifest = writeCorpus(dir, cases);
for (const m of manifest) {
  const verdict = m.expect.outcome === 'error' ? m.expect.code : m.expect.status;
  console.log(`${m.id.padEnd(36)} ${verdict.padEnd(16)} exit ${m.exitCode}  ${m.title}`);
}
console.log(`${manifest.length} cases written to ${dir}`);
if (skipped !== null) {
  console.error(skipped);
}
