#!/usr/bin/env node
// Rejects a TODO, FIXME or XXX that does not name an issue, as in TODO(#12).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'e2e', 'scripts', 'recorders'];
const pattern = /\b(TODO|FIXME|XXX)\b(?!\(#\d+\))/;
const bad = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '__pycache__') {
      continue;
    }
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      walk(path);
    } else if (/\.(ts|tsx|js|py)$/.test(name) && !path.endsWith('check-todo.js')) {
      check(path);
    }
  }
}

function check(path) {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (pattern.test(line)) {
        bad.push(`${path}:${i + 1}: ${line.trim()}`);
      }
    });
}

for (const root of roots) {
  try {
    walk(root);
  } catch {
    // a missing root is fine
  }
}
if (bad.length > 0) {
  console.error('Marks without an issue number (write TODO(#N)):\n' + bad.join('\n'));
  process.exit(1);
}
