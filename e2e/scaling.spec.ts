/**
 * The scaling experiment from the dashboard on synthetic ledgers: a log-log
 * chart per metric and the complexity class written next to each strategy.
 */
import { expect, test } from './fixtures/app';

test('scaling on synthetic sizes classifies naive and incremental', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await app.goto('?view=scaling');
  await page.getByLabel('Synthetic ledgers').check();
  await page.getByLabel('Sizes (events, comma separated)').fill('500, 1000, 2000');
  await page.getByLabel('Ticks per size').fill('4');
  const started = Date.now();
  await page.getByRole('button', { name: 'Run scaling' }).click();
  await expect(
    page.getByRole('progressbar', { name: 'Measuring scaling' }),
  ).toBeVisible();
  await app.whenIdle();
  app.report(
    'scaling naive+incremental at 500/1000/2000 events, 4 ticks',
    `${Date.now() - started} ms`,
  );

  const result = page.getByTestId('scaling-result');
  await expect(result).toContainText('naive: O(n)');
  await expect(result).toContainText('incremental: O(1)');
  await expect(
    page.getByTestId('scaling-time').locator('.recharts-line').first(),
  ).toBeVisible();
  await expect(
    page.getByTestId('scaling-reads').locator('.recharts-line').first(),
  ).toBeVisible();
  app.report(
    'scaling classes',
    (await result.locator('.tks-scaling-classes').innerText()).replace(/\n/g, '; '),
  );
  await app.screenshot('scaling');
});
