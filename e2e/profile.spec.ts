/**
 * The profiling room end to end on a real fixture: profile `naive` and
 * `incremental` for 20 ticks, read the panels, compare the two, see `stale`
 * diverge, reload into the history, import a CLI run and bad files, export
 * a Chrome trace. One page is shared (serial): the runs are made once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { chromeTraceSchema } from '../src/core/profiling/exports/trace-schema';
import { makeCliRun } from './fixtures/cli-run';
import { longestTask, recordLongTasks, resetLongTasks } from './fixtures/long-tasks';
import { sharedFixtures } from './fixtures/paths';
import { ProfilingPage } from './fixtures/profiling';

const ledger = path.join(sharedFixtures, 'pmm-v1-autonomy-3299.db');

test.describe.configure({ mode: 'serial' });

let app: ProfilingPage;

test.beforeAll(async ({ browser }) => {
  app = await ProfilingPage.open(browser);
  await recordLongTasks(app.page);
});

test.afterAll(async () => {
  await app.page.context().close();
});

test.afterEach(() => {
  app.expectNoProblems();
});

test('profiles naive and incremental for 20 ticks and shows the run', async () => {
  const testInfo = test.info();
  test.setTimeout(300_000);
  await app.goto();
  await app.openLedger(ledger);
  await app.view('Profile');
  const { page } = app;

  await resetLongTasks(page);
  const started = Date.now();
  await app.startProfile(['naive', 'incremental'], 20, 'naive vs incremental');
  await expect(
    page.getByRole('progressbar', { name: 'Progress of naive' }),
  ).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: 'Progress of incremental' }),
  ).toBeVisible();
  await app.whenIdle();
  // The run is worker work: the page's main thread stays free (reported, not asserted).
  console.log(
    `[figure] longest main-thread task during the profile: ${await longestTask(page)} ms`,
  );
  console.log(
    `[figure] profile naive+incremental, 20 ticks, 1 rep, in the browser: ${Date.now() - started} ms`,
  );

  await expect(page.getByRole('heading', { name: 'naive vs incremental' })).toBeVisible();
  const rows = app.hotspotRows();
  await expect(rows.first()).toBeVisible();
  await expect(
    rows.filter({ has: page.locator('.tks-site-fn', { hasText: /^tick$/ }) }),
  ).not.toHaveCount(0);
  const chart = page.getByTestId('reads-per-tick-chart');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('tick-total')).toContainText('Tick total: median');
  await expect(
    page.locator('.tks-strip-row[data-strategy="incremental"]'),
  ).toHaveAttribute('data-verdict', 'identical');
  await expect(
    page.locator('.tks-strip-row[data-strategy="incremental"] .tks-strip-cell-match'),
  ).toHaveCount(20);
  await expect(page.locator('.tks-finding').first()).toBeVisible();
  await app.screenshot(testInfo, 'profile-run');

  // Selecting a site filters the panels and charts it across ticks.
  await rows
    .filter({ has: page.locator('.tks-site-fn', { hasText: /^tick$/ }) })
    .first()
    .getByRole('button')
    .click();
  await app.whenIdle();
  await expect(page.getByTestId('site-ticks-chart')).toBeVisible();
  await expect(page.getByText(/^Showing site tick#/)).toBeVisible();
  await app.screenshot(testInfo, 'profile-site-selected');
  await page.getByRole('button', { name: 'Show every site' }).click();

  // Bytes instead of counts.
  await page
    .getByRole('group', { name: 'Measure' })
    .getByRole('button', { name: 'Bytes' })
    .click();
  await app.whenIdle();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('compares the two strategies: identical ledgers and a speedup', async () => {
  const testInfo = test.info();
  const { page } = app;
  await app.view('History');
  await app
    .historyRow('naive vs incremental')
    .getByRole('button', { name: 'Compare' })
    .click();
  await app.whenIdle();
  await expect(page.getByTestId('equivalence-verdict')).toHaveText('Ledgers identical');
  await expect(page.getByTestId('speedup')).toContainText(/Speedup [\d.]+× \(95% CI/);
  await expect(page.getByTestId('significance')).not.toBeEmpty();
  await expect(page.getByTestId('compare-sites')).toBeVisible();
  const speedup = await page.getByTestId('speedup').textContent();
  console.log(
    `[figure] naive -> incremental, 20 ticks on the 3,299-event fixture: ${speedup}`,
  );

  // The comparison lives in the address: a reload comes back to it.
  expect(page.url()).toContain('view=compare');
  expect(page.url()).toContain('base=');
  await page.reload();
  await app.whenIdle();
  await expect(page.getByTestId('equivalence-verdict')).toHaveText('Ledgers identical');
  await app.screenshot(testInfo, 'compare');
});

test('stale diverges, and the first divergent event is shown', async () => {
  const testInfo = test.info();
  test.setTimeout(180_000);
  const { page } = app;
  await app.view('Profile');
  // The reload above dropped the open ledger (files are never stored): open it again.
  await app.openLedger(ledger);
  await app.view('Profile');
  await app.startProfile(['incremental', 'stale'], 20, 'stale pitfall');
  await app.whenIdle();
  const stale = page.locator('.tks-strip-row[data-strategy="stale"]');
  await expect(stale).toHaveAttribute('data-verdict', 'diverged');
  await expect(stale.locator('.tks-strip-cell-differ').first()).toBeVisible();
  await expect(stale.getByTestId('divergence')).toContainText('Baseline');
  await expect(stale.getByTestId('divergence')).toContainText('Candidate');
  await app.screenshot(testInfo, 'profile-stale');

  // Against naive of the first run, in the compare view: "Ledgers differ at event N".
  const runs = await page.evaluate(() => window.location.search);
  const staleRun = new URLSearchParams(runs).get('run');
  await app.view('Compare');
  const base = page.getByRole('combobox', { name: 'Baseline' });
  const naiveOption = await base
    .locator('option', { hasText: 'naive vs incremental · naive' })
    .getAttribute('value');
  await base.selectOption(naiveOption ?? '');
  await page
    .getByRole('combobox', { name: 'Candidate' })
    .selectOption(`${staleRun}~stale`);
  await app.whenIdle();
  await expect(page.getByTestId('equivalence-verdict')).toHaveText(
    /^Ledgers differ at event \d+$/,
  );
  await app.screenshot(testInfo, 'compare-stale');
});

test('runs survive a reload in the history', async () => {
  const testInfo = test.info();
  const { page } = app;
  await page.reload();
  await app.whenIdle();
  await app.view('History');
  await expect(app.historyRow('naive vs incremental')).toBeVisible();
  await expect(app.historyRow('stale pitfall')).toBeVisible();
  await expect(app.historyRow('naive vs incremental')).toContainText('naive:');
  await app.screenshot(testInfo, 'history');
});

test('imports a CLI run; bad and newer files change nothing', async () => {
  const testInfo = test.info();
  test.setTimeout(180_000);
  const { page } = app;
  await app.view('History');
  const before = await page.locator('.tks-history-row').count();

  const cli = await makeCliRun(ledger, testInfo.outputPath('cli-run.json'));
  console.log(`[figure] CLI run for import made by: ${cli.how}`);
  await page.getByLabel('Import run').setInputFiles(cli.file);
  await app.whenIdle();
  await expect(page.locator('.tks-history-row')).toHaveCount(before + 1);

  const malformed = testInfo.outputPath('malformed.json');
  writeFileSync(malformed, '{"format":"tickscope-run","schemaVersion":1,"runId":""}');
  await page.getByLabel('Import run').setInputFiles(malformed);
  await app.whenIdle();
  await expect(page.getByRole('alert')).toContainText('Could not import the run');
  await expect(page.locator('.tks-history-row')).toHaveCount(before + 1);

  const newer = testInfo.outputPath('newer.json');
  const text = JSON.parse(readFileSync(cli.file, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    newer,
    JSON.stringify({ ...text, schemaVersion: 99, runId: 'run-future' }),
  );
  await page.getByLabel('Import run').setInputFiles(newer);
  await app.whenIdle();
  await expect(page.getByRole('alert')).toContainText('newer tickscope');
  await expect(page.locator('.tks-history-row')).toHaveCount(before + 1);
  await app.screenshot(testInfo, 'history-import');
});

test('exports a run as a Chrome trace that parses', async () => {
  const testInfo = test.info();
  const { page } = app;
  await app.view('History');
  const download = page.waitForEvent('download');
  await app
    .historyRow('naive vs incremental')
    .getByRole('button', { name: 'Export Chrome trace' })
    .click();
  const file = testInfo.outputPath('trace.json');
  await (await download).saveAs(file);
  const trace = JSON.parse(readFileSync(file, 'utf8')) as {
    traceEvents: { ph: string; name: string }[];
  };
  expect(trace.traceEvents.length).toBeGreaterThan(0);
  expect(trace.traceEvents.some((e) => e.ph === 'X')).toBe(true);
  // The same schema check the core's export tests use (Perfetto / Chrome trace format).
  expect(chromeTraceSchema.safeParse(trace).success).toBe(true);

  const runDownload = page.waitForEvent('download');
  await app
    .historyRow('naive vs incremental')
    .getByRole('button', { name: 'Export run JSON' })
    .click();
  const runFile = testInfo.outputPath('run.json');
  await (await runDownload).saveAs(runFile);
  const run = JSON.parse(readFileSync(runFile, 'utf8')) as {
    format: string;
    strategies: unknown[];
  };
  expect(run.format).toBe('tickscope-run');
  expect(run.strategies).toHaveLength(2);
});
