/**
 * Saved runs are never lost (#7): a worker crash in the middle of a run
 * marks that run failed while the app recovers and earlier runs stay; a
 * truncated run file, or one that reuses a saved run's id, changes nothing;
 * a storage quota error is reported and the saved runs are unchanged after
 * a reload. (Reload, malformed and newer-version imports are covered by
 * profile.spec.ts.) One page is shared: the first run is made once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { sharedFixtures } from './fixtures/paths';
import { ProfilingPage } from './fixtures/profiling';

const SMALL = path.join(sharedFixtures, 'pmm-v1-reflections-identity.db');
const LARGE = path.join(sharedFixtures, 'pmm-v1-autonomy-3299.db');
const CRASH = 'tickscope test: simulated worker crash';

test.describe.configure({ mode: 'serial' });

let app: ProfilingPage;
let exported = '';

test.beforeAll(async ({ browser }) => {
  app = await ProfilingPage.open(browser);
});

test.afterAll(async () => {
  await app.page.context().close();
});

/** Fails on page errors except the crash this spec causes on purpose. */
function expectNoOtherProblems(): void {
  const others = app.problems.filter((p) => !p.includes(CRASH));
  expect(others, 'the page logged errors').toEqual([]);
}

test.afterEach(() => {
  expectNoOtherProblems();
});

async function startLongProfile(label: string): Promise<void> {
  const form = app.page.locator('.tks-profile-form');
  for (const box of await form.getByRole('checkbox').all()) {
    const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    await box.setChecked(name.split(' ')[0] === 'naive');
  }
  await form.getByLabel('Ticks', { exact: true }).fill('5');
  await form.getByLabel('Repetitions').fill('50');
  await form.getByLabel('Run name (optional)').fill(label);
  await form.getByRole('button', { name: 'Run profile' }).click();
}

function rows() {
  return app.page.locator('.tks-history-row');
}

test('a worker crash mid-run marks the run failed; the app recovers; earlier runs stay', async () => {
  const testInfo = test.info();
  test.setTimeout(240_000);
  const { page } = app;
  await app.goto();
  await app.openLedger(SMALL);
  await app.view('Profile');
  await app.startProfile(['naive'], 3, 'kept run');
  await app.whenIdle();
  await expect(page.getByRole('heading', { name: 'kept run' })).toBeVisible();

  await app.openLedger(LARGE);
  await app.view('Profile');
  // Many short repetitions: the worker yields between them, so the crash lands mid-run.
  await startLongProfile('crashed run');
  await expect(
    page.getByRole('progressbar', { name: 'Progress of naive' }),
  ).toBeVisible();
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  expect(worker).toBeDefined();
  await worker?.evaluate((message) => {
    setTimeout(() => {
      throw new Error(message);
    }, 0);
  }, CRASH);
  await app.whenIdle();

  await app.view('History');
  await expect(app.historyRow('crashed run')).toHaveAttribute('data-status', 'failed');
  await expect(app.historyRow('crashed run')).toContainText(
    'The engine worker stopped during this run',
  );
  await expect(app.historyRow('kept run')).toHaveAttribute('data-status', 'complete');

  // The restarted worker opens ledgers again.
  await app.openLedger(SMALL);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Ledger explorer' })
    .click();
  await app.whenIdle();
  await expect(page.getByTestId('overview-events')).toHaveText('29 events');
  await expect(page.getByTestId('chain-status')).toContainText('Chain verified');
  await app.screenshot(testInfo, 'history-after-crash');
});

test('a truncated run file, or one reusing a saved run id, changes nothing', async () => {
  const testInfo = test.info();
  const { page } = app;
  await app.view('History');
  const download = page.waitForEvent('download');
  await app
    .historyRow('kept run')
    .getByRole('button', { name: 'Export run JSON' })
    .click();
  exported = testInfo.outputPath('kept.run.json');
  await (await download).saveAs(exported);
  const before = await rows().count();
  const text = readFileSync(exported, 'utf8');

  const truncated = testInfo.outputPath('truncated.run.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  await page.getByLabel('Import run').setInputFiles(truncated);
  await app.whenIdle();
  await expect(page.getByRole('alert')).toContainText('Could not import the run');
  await expect(rows()).toHaveCount(before);

  const sameId = testInfo.outputPath('same-id.run.json');
  const run = JSON.parse(text) as Record<string, unknown>;
  writeFileSync(sameId, JSON.stringify({ ...run, label: 'an impostor' }));
  await page.getByLabel('Import run').setInputFiles(sameId);
  await app.whenIdle();
  await expect(rows()).toHaveCount(before);
  await expect(app.historyRow('kept run')).toBeVisible();
  await expect(app.historyRow('an impostor')).toHaveCount(0);
});

test('a storage quota error is reported and the saved runs stay', async () => {
  const testInfo = test.info();
  const { page } = app;
  await app.view('History');
  const before = await rows().count();
  // Every IndexedDB write now fails as a full disk does.
  await page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- (#7) re-applied to its own receiver below
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.name === 'files' || this.name === 'meta') {
        throw new DOMException('simulated: disk full', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const fresh = testInfo.outputPath('fresh.run.json');
  const run = JSON.parse(readFileSync(exported, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    fresh,
    JSON.stringify({ ...run, runId: 'run-quota-test', label: 'too big' }),
  );
  await page.getByLabel('Import run').setInputFiles(fresh);
  await app.whenIdle();
  await expect(page.getByRole('alert')).toContainText('out of storage');
  await expect(rows()).toHaveCount(before);

  await page.reload();
  await app.whenIdle();
  await app.view('History');
  await expect(rows()).toHaveCount(before);
  await expect(app.historyRow('kept run')).toHaveAttribute('data-status', 'complete');
  await expect(app.historyRow('crashed run')).toHaveAttribute('data-status', 'failed');
  await expect(app.historyRow('too big')).toHaveCount(0);
});
