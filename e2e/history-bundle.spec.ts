/**
 * Moving the run history to another browser (#7): two runs made by
 * `tickscope profile` are imported, "Export all runs" downloads one bundle,
 * a fresh browser context (another browser: its own IndexedDB) imports it and
 * lists both runs under their names. Importing it again skips both; a broken
 * bundle, one holding a newer-version run, and a quota error part-way
 * through the import are refused with an alert and change nothing saved.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';

import { repoRoot, sharedFixtures } from './fixtures/paths';
import { ProfilingPage } from './fixtures/profiling';

const LEDGERS = ['pmm-v1-runtime-tiny.db', 'pmm-v1-reflections-identity.db'];
const NAMES = ['bundle run tiny', 'bundle run identity'];

test.describe.configure({ mode: 'serial' });

let bundleFile = '';

/** A run file from the CLI, on a small ledger (3 ticks, 1 repetition). */
function cliRun(ledger: string, label: string, out: string): string {
  execFileSync(
    'node',
    [
      path.join(repoRoot, 'bin/tickscope.js'),
      'profile',
      path.join(sharedFixtures, ledger),
      '--strategies',
      'incremental',
      '--ticks',
      '3',
      '--reps',
      '1',
      '--label',
      label,
      '--out',
      out,
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  return out;
}

async function freshHistory(browser: Browser): Promise<ProfilingPage> {
  const app = await ProfilingPage.open(browser);
  await app.goto();
  await app.view('History');
  return app;
}

function rows(app: ProfilingPage) {
  return app.page.locator('.tks-history-row');
}

test('exports every run as one file and imports it in another browser', async ({
  browser,
}) => {
  const testInfo = test.info();
  const files = LEDGERS.map((ledger, i) =>
    cliRun(ledger, NAMES[i] ?? '', testInfo.outputPath(`run-${i}.run.json`)),
  );
  const first = await freshHistory(browser);
  for (const file of files) {
    await first.page.getByLabel('Import run', { exact: true }).setInputFiles(file);
    await first.whenIdle();
  }
  await expect(rows(first)).toHaveCount(2);

  const download = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Export all runs' }).click();
  bundleFile = testInfo.outputPath('history.bundle.json');
  await (await download).saveAs(bundleFile);
  await first.whenIdle();
  await expect(
    first.page.getByRole('status').filter({ hasText: 'Exported 2 runs' }),
  ).toBeVisible();
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as {
    format: string;
    runs: { meta: { name: string } }[];
  };
  expect(bundle.format).toBe('tickscope-run-bundle');
  expect(bundle.runs.map((r) => r.meta.name).sort()).toEqual([...NAMES].sort());
  first.expectNoProblems();
  await first.page.context().close();

  const second = await freshHistory(browser);
  await expect(rows(second)).toHaveCount(0);
  await second.page.getByLabel('Import all runs').setInputFiles(bundleFile);
  await second.whenIdle();
  await expect(
    second.page.getByRole('status').filter({ hasText: 'Imported 2 runs.' }),
  ).toBeVisible();
  await expect(rows(second)).toHaveCount(2);
  for (const name of NAMES) {
    await expect(second.historyRow(name)).toHaveAttribute('data-status', 'complete');
  }

  // The same bundle again: nothing is overwritten, and the page says so.
  await second.page.getByLabel('Import all runs').setInputFiles(bundleFile);
  await second.whenIdle();
  await expect(
    second.page.getByRole('status').filter({ hasText: 'skipped 2 already saved' }),
  ).toBeVisible();
  await expect(rows(second)).toHaveCount(2);

  // The moved run opens and shows its panels.
  await second
    .historyRow(NAMES[0] ?? '')
    .getByRole('button', { name: 'Open' })
    .click();
  await second.whenIdle();
  await expect(second.page.getByRole('heading', { name: NAMES[0] })).toBeVisible();
  await second.screenshot(testInfo, 'history-bundle-imported');
  second.expectNoProblems();
  await second.page.context().close();
});

test('a broken bundle, a newer run or a full disk changes nothing', async ({
  browser,
}) => {
  const testInfo = test.info();
  const app = await freshHistory(browser);
  const text = readFileSync(bundleFile, 'utf8');
  const doc = JSON.parse(text) as { runs: { run: Record<string, unknown> }[] };

  // The first run alone is saved, so "nothing changed" is checked against a non-empty history.
  const one = testInfo.outputPath('one.bundle.json');
  writeFileSync(one, JSON.stringify({ ...doc, runs: doc.runs.slice(0, 1) }));
  await app.page.getByLabel('Import all runs').setInputFiles(one);
  await app.whenIdle();
  await expect(rows(app)).toHaveCount(1);

  const truncated = testInfo.outputPath('truncated.bundle.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  await app.page.getByLabel('Import all runs').setInputFiles(truncated);
  await app.whenIdle();
  await expect(app.page.getByRole('alert')).toContainText(
    'Could not import the runs; nothing was saved.',
  );
  await expect(app.page.getByRole('alert')).toContainText('truncated.bundle.json');
  await expect(rows(app)).toHaveCount(1);

  const newer = testInfo.outputPath('newer.bundle.json');
  const [firstRun, secondRun] = doc.runs;
  writeFileSync(
    newer,
    JSON.stringify({
      ...doc,
      runs: [firstRun, { ...secondRun, run: { ...secondRun?.run, schemaVersion: 2 } }],
    }),
  );
  await app.page.getByLabel('Import all runs').setInputFiles(newer);
  await app.whenIdle();
  await expect(app.page.getByRole('alert')).toContainText('written by a newer tickscope');
  await expect(app.page.getByRole('alert')).toContainText('runs[1]');
  await expect(rows(app)).toHaveCount(1);

  // A full disk mid-import: the run file is already queued when its history record
  // fails; the one transaction is aborted, so nothing of the bundle is kept.
  await app.page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- (#7) re-applied to its own receiver below
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.name === 'meta') {
        throw new DOMException('simulated: disk full', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await app.page.getByLabel('Import all runs').setInputFiles(bundleFile);
  await app.whenIdle();
  await expect(app.page.getByRole('alert')).toContainText('out of storage');
  await expect(rows(app)).toHaveCount(1);

  await app.page.reload();
  await app.whenIdle();
  await app.view('History');
  await expect(rows(app)).toHaveCount(1);
  // No run file was left behind without its history record.
  expect(await countStoredFiles(app)).toBe(1);
  await app.screenshot(testInfo, 'history-bundle-refused');
  app.expectNoProblems();
  await app.page.context().close();
});

/** The run files in the page's IndexedDB history, read directly. */
function countStoredFiles(app: ProfilingPage): Promise<number> {
  return app.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tickscope-runs');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const count = open.result.transaction('files').objectStore('files').count();
          count.onerror = () => reject(count.error ?? new Error('count failed'));
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}
