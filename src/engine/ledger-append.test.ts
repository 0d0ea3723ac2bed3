import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../cli/sqljs-node';
import { appendEvent } from '../core/ledger/append';
import { formatLedgerTs, parseLedgerTs } from '../core/ledger/ts-format';
import type { LedgerEra } from '../core/ledger/types';
import { pyFloat, type PyObject } from '../core/json/py-value';
import {
  findPython,
  ORACLE,
  PYTHON_SKIP_NOTE,
  readFixture,
  runPython,
} from '../test-support/ledger-fixtures';
import { openLedgerFile } from './ledger-open';
import type { SqlLedger } from './ledger-sql';

const python = findPython();
let SQL: SqlJsStatic;
let dir: string;

beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(path.join(tmpdir(), 'tks-append-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Metas that stress the v1 column format: floats, escapes, nesting, big ints. */
const METAS: PyObject[] = [
  {
    telemetry: { IAS: pyFloat(0), GAS: 0.55 },
    reflect: { did: false, reason: 'cadence' },
    source: 'AutonomyLoop',
  },
  {
    text: 'café — “quoted” 😀\n',
    tiny: 1e-5,
    big: 18446744073709551616n,
    e16: pyFloat(1e16),
  },
  {},
  { nan: pyFloat(NaN), inf: pyFloat(Infinity), list: [1, pyFloat(2), 'x', null, true] },
];

function appendSome(ledger: SqlLedger, era: LedgerEra): void {
  const lastTs = ledger.readTail(1)[0]?.ts ?? '2025-11-04T08:36:01.596685Z';
  let micros = parseLedgerTs(lastTs);
  for (let i = 0; i < 12; i++) {
    micros += i % 3 === 0 ? 1_000_000n - (micros % 1_000_000n) : 123_457n;
    const meta = METAS[i % METAS.length] as PyObject;
    appendEvent(ledger, era, {
      kind: `appended_${i}`,
      content: `c ${i} ü`,
      meta,
      ts: formatLedgerTs(era, micros),
    });
  }
}

interface OracleReport {
  status: string;
  scheme: string;
  verified: number;
  rows: number;
  first_bad_id: number | null;
}

describe.skipIf(python === null)('append, export, verify with the Python oracle', () => {
  it.each([
    ['pmm-v1-autonomy-3299.db', 'v1', 3311],
    ['pmm-v1-reflections-identity.db', 'v1', 41],
    ['pmm-v2-55.db', 'v2', 67],
  ] as const)('%s (%s) passes verify_chain.py after appends', (file, era, total) => {
    const r = openLedgerFile(SQL, readFixture(file), { name: file });
    if (!r.ok) {
      throw r.error;
    }
    expect(r.value.era).toBe(era);
    appendSome(r.value, era);
    expect(r.value.verify()).toMatchObject({ status: 'ok', events: total });
    const out = path.join(dir, `appended-${file}`);
    writeFileSync(out, r.value.exportBytes());
    const [report] = JSON.parse(
      runPython(
        `import runpy, sys; sys.argv = ['v', '--json', '${out}']; runpy.run_path('${ORACLE}', run_name='__main__')`,
      ),
    ) as OracleReport[];
    expect(report).toMatchObject({
      status: 'OK',
      verified: total,
      rows: total,
      first_bad_id: null,
    });
    expect(report?.scheme).toBe(era === 'v1' ? 'v1_id_ts' : 'v2_no_ts');
  });

  it('writes v1 meta exactly as Python json.dumps would', () => {
    const r = openLedgerFile(SQL, readFixture('pmm-v1-runtime-tiny.db'), {
      name: 't.db',
    });
    if (!r.ok) {
      throw r.error;
    }
    appendSome(r.value, 'v1');
    const metas = r.value.readAfterId(5).map((row) => row.metaText);
    const check =
      'import json, sys; m = json.load(sys.stdin); print(sum(json.dumps(json.loads(t)) == t for t in m))';
    expect(runPython(check, [], JSON.stringify(metas)).trim()).toBe(String(metas.length));
  });
});

describe.runIf(python === null)('append round trip', () => {
  it.skip(PYTHON_SKIP_NOTE, () => undefined);
});
