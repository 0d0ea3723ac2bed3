/**
 * Large ledgers: the app must stay responsive while the worker opens and
 * verifies them. Figures are reported (annotations and stdout), not asserted
 * as times. The 1M-event runs are opt-in (TICKSCOPE_E2E_1M=1) because they
 * take about a minute each on a 2-core machine.
 */
import type { AppPage } from './fixtures/app';
import { expect, test } from './fixtures/app';
import { pythonLedger } from './fixtures/ledgers';
import {
  longestTask,
  longTaskLog,
  recordLongTasks,
  resetLongTasks,
} from './fixtures/long-tasks';
import { overviewShownAfter, watchForVerifiedOverview } from './fixtures/timing';

const withMillion = process.env.TICKSCOPE_E2E_1M === '1';

/** The worker's own open (+ generate) and verify time for the open ledger. */
async function workerMs(app: AppPage): Promise<string> {
  const [ledger] = await app.openLedgers();
  return ledger === undefined ? 'none open' : ledger.openMs.toFixed(0);
}

test.describe('large ledgers', () => {
  test.beforeEach(async ({ page }) => {
    await recordLongTasks(page);
  });

  test('a 100k-event synthetic ledger from the form loads to its overview', async ({
    app,
  }) => {
    await app.goto();
    await resetLongTasks(app.page);
    const start = await watchForVerifiedOverview(app.page, 'synthetic-100000-seed-7.db');
    await app.startGenerate(100_000, 7);
    const ms = await overviewShownAfter(app.page, start);
    await app.whenIdle();
    app.report(
      'generate 100k long tasks (start+ms, page clock)',
      `from ${start.toFixed(0)}: ${await longTaskLog(app.page)} shown at ${(start + ms).toFixed(0)}`,
    );

    await expect(app.overviewEvents).toHaveText('100,000 events');
    await expect(app.chainHeadline).toHaveText('Chain verified');
    await expect(app.eventsCount).toHaveText('100,000 events');
    app.report('generate 100k to verified overview (ms)', ms.toFixed(0));
    app.report('generate 100k worker-side (ms)', await workerMs(app));
    app.report(
      'generate 100k longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );
    await app.screenshot('explorer-100k');
  });

  test('a 100k-event ledger file opens and verifies without blocking the page', async ({
    app,
  }) => {
    const file = pythonLedger(100_000);
    await app.goto();
    await resetLongTasks(app.page);
    const start = await watchForVerifiedOverview(app.page, 'python-100000.db');
    await app.fileInput.setInputFiles(file);
    const ms = await overviewShownAfter(app.page, start);
    await app.whenIdle();

    await expect(app.overviewEvents).toHaveText('100,000 events');
    app.report('open 100k file to verified overview (ms)', ms.toFixed(0));
    app.report('open 100k file worker-side open + verify (ms)', await workerMs(app));
    app.report(
      'open 100k file longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );

    await resetLongTasks(app.page);
    await app.page.getByTestId('events-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await app.whenIdle();
    await expect(app.eventRows.first()).toBeVisible();
    await app.filterByKind('reflection');
    await expect(app.eventsCount).toContainText('of 100,000 events match');
    app.report(
      'scroll + filter 100k longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );
  });

  test('1M events from the form (opt-in)', async ({ app }) => {
    test.skip(!withMillion, 'set TICKSCOPE_E2E_1M=1 to run the 1M-event measurement');
    test.setTimeout(300_000);
    await app.goto();
    await resetLongTasks(app.page);
    const start = await watchForVerifiedOverview(app.page, 'synthetic-1000000-seed-7.db');
    await app.startGenerate(1_000_000, 7);
    const ms = await overviewShownAfter(app.page, start);
    await app.whenIdle();
    await expect(app.overviewEvents).toHaveText('1,000,000 events');
    app.report('generate 1M to verified overview (ms)', ms.toFixed(0));
    app.report('generate 1M worker-side (ms)', await workerMs(app));
    app.report(
      'generate 1M longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );

    await resetLongTasks(app.page);
    await app.page.getByTestId('events-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await app.whenIdle();
    await expect(app.eventRow(1_000_000)).toBeVisible();
    app.report(
      'scroll to row 1M longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );
  });

  test('a 1M-event ledger file (opt-in)', async ({ app }) => {
    test.skip(!withMillion, 'set TICKSCOPE_E2E_1M=1 to run the 1M-event measurement');
    test.setTimeout(600_000);
    const file = pythonLedger(1_000_000);
    await app.goto();
    await resetLongTasks(app.page);
    const start = await watchForVerifiedOverview(app.page, 'python-1000000.db');
    await app.fileInput.setInputFiles(file);
    const ms = await overviewShownAfter(app.page, start);
    await app.whenIdle();
    await expect(app.overviewEvents).toHaveText('1,000,000 events');
    app.report('open 1M file to verified overview (ms)', ms.toFixed(0));
    app.report('open 1M file worker-side open + verify (ms)', await workerMs(app));
    app.report(
      'open 1M file longest main-thread task (ms)',
      (await longestTask(app.page)).toFixed(0),
    );
  });
});
