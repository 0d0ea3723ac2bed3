#!/usr/bin/env node
// Runs the Python recorder's tests (recorders/python) when python3 is present;
// otherwise prints why they were skipped and succeeds, so `npm test` still runs
// on machines without Python.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.PYTHON ?? 'python3';
const probe = spawnSync(python, ['--version'], { encoding: 'utf8' });

if (probe.error !== undefined || probe.status !== 0) {
  console.log(
    `test:py: skipped, ${python} was not found (the Python recorder tests need it)`,
  );
  process.exit(0);
}

console.log(`test:py: ${(probe.stdout || probe.stderr).trim()}`);
const run = spawnSync(
  python,
  [join('recorders', 'python', 'test_tickscope_recorder.py')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
