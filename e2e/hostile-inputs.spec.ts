/**
 * The bad-input corpus of issue #7 in the browser: every case is dropped
 * on the page (a `.db` with its `-wal` when it has one),
 * and either the alert shows the core's message naming the file or the
 * overview shows the expected count and chain verdict. After each case the
 * next good ledger opens, so the worker is alive. A ledger whose events hold
 * markup shows it as text and runs none of it.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

import { loadBadInputCorpus, writeCorpus } from '../scripts/bad-inputs/load-corpus';
import type { ManifestEntry } from '../scripts/bad-inputs/load-corpus';
import { expect, test, type AppPage } from './fixtures/app';
import { tempDir } from './fixtures/ledgers';
import { sharedFixtures } from './fixtures/paths';

const GOOD = path.join(sharedFixtures, 'pmm-v1-runtime-tiny.db');
const countFormat = new Intl.NumberFormat('en-US');

let dir = '';
let manifest: ManifestEntry[] = [];

test.beforeAll(async () => {
  dir = tempDir();
  const { cases } = await loadBadInputCorpus();
  manifest = writeCorpus(dir, cases);
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function headline(m: ManifestEntry): string {
  if (m.expect.outcome !== 'opens') {
    return '';
  }
  switch (m.expect.status) {
    case 'ok':
      return 'Chain verified';
    case 'absent':
      return 'No hash chain';
    case 'unverifiable':
      return 'Chain unverifiable';
    case 'broken':
      return `Chain broken at event ${m.expect.firstBadId ?? ''}`;
  }
}

async function openCase(app: AppPage, m: ManifestEntry): Promise<void> {
  const files = [
    path.join(dir, m.file),
    ...(m.wal === null ? [] : [path.join(dir, m.wal)]),
  ];
  // Dropped on the page like a drag from the desktop (the good ledger after
  // each case goes through the file picker, so both paths are covered).
  for (let i = 0; i < m.loads; i++) {
    await app.dropFiles(files);
  }
}

async function expectVerdict(app: AppPage, m: ManifestEntry): Promise<void> {
  if (m.expect.outcome === 'error') {
    await expect(app.alert).toBeVisible();
    await expect(app.alert).toContainText(m.file);
    // The previous (good) ledger is still the one shown.
    await expect(app.overviewFile).toHaveText(path.basename(GOOD));
    return;
  }
  await expect(app.alert).toHaveCount(0);
  await expect(app.overviewFile).toHaveText(m.file);
  const n = m.expect.count;
  await expect(app.overviewEvents).toHaveText(
    `${countFormat.format(n)} ${n === 1 ? 'event' : 'events'}`,
  );
  await expect(app.chainHeadline).toHaveText(headline(m));
}

async function goodLedgerOpens(app: AppPage): Promise<void> {
  await app.openFiles([GOOD]);
  await expect(app.alert).toHaveCount(0);
  await expect(app.overviewFile).toHaveText(path.basename(GOOD));
  await expect(app.overviewEvents).toHaveText('5 events');
  await expect(app.chainHeadline).toHaveText('Chain verified');
}

test('every bad input gets its message or verdict, and the next good ledger opens', async ({
  app,
}) => {
  test.setTimeout(300_000);
  await app.goto();
  await goodLedgerOpens(app);
  for (const m of manifest) {
    await test.step(`${m.id}: ${m.title}`, async () => {
      await openCase(app, m);
      await expectVerdict(app, m);
      await goodLedgerOpens(app);
    });
  }
  app.report('bad inputs opened in the browser', String(manifest.length));
});

test('markup in events is shown as text and never runs', async ({ app, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.goto();
  const hostile = manifest.find((m) => m.id === 'hostile-markup');
  expect(hostile).toBeDefined();
  await app.openFiles([path.join(dir, 'hostile-markup.db')]);
  await expect(app.overviewEvents).toHaveText('3 events');

  const payload = '<img src=x onerror="window.__tickscopeXss=1">';
  await expect(app.eventRow(1)).toContainText(payload);
  for (const id of [1, 2, 3]) {
    await app.selectEvent(id);
  }
  await expect(app.eventDetail).toContainText(
    '"><iframe src="javascript:alert(1)"></iframe>',
  );
  await app.selectEvent(2);
  await expect(app.eventDetail).toContainText('javascript:window.__tickscopeXss=1');
  await expect(app.eventDetail).toContainText('<script>window.__tickscopeXss=1</script>');

  // Nothing from the ledger became an element, and nothing ran.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { __tickscopeXss?: unknown }).__tickscopeXss),
  ).toBe(undefined);
  expect(dialogs).toEqual([]);
  await app.screenshot('hostile-markup-as-text');
});
