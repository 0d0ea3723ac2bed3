/**
 * History housekeeping: a run is renamed and deleted (and stays so after a
 * reload); a cancelled profile saves nothing.
 */
import path from 'node:path';

import { expect, test } from './fixtures/app';
import { sharedFixtures } from './fixtures/paths';
import { ProfilingPage } from './fixtures/profiling';

const small = path.join(sharedFixtures, 'pmm-v1-reflections-identity.db');

test('renames and deletes a run; a cancelled profile saves nothing', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const profiling = new ProfilingPage(page);
  await app.goto();
  await profiling.openLedger(small);
  await profiling.view('Profile');
  await profiling.startProfile(['naive', 'incremental'], 3, 'to rename');
  await app.whenIdle();
  await expect(page.getByRole('heading', { name: 'to rename' })).toBeVisible();

  await profiling.view('History');
  await profiling.historyRow('to rename').getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name for to rename').fill('renamed run');
  await page.getByRole('button', { name: 'Save' }).click();
  await app.whenIdle();
  await expect(profiling.historyRow('renamed run')).toBeVisible();
  await page.reload();
  await app.whenIdle();
  await expect(profiling.historyRow('renamed run')).toBeVisible();

  // Cancel: many repetitions, cancelled as soon as the first progress shows.
  await profiling.openLedger(small);
  await profiling.view('Profile');
  const form = page.locator('.tks-profile-form');
  await profiling.startProfileWith({
    strategies: ['naive'],
    ticks: 5,
    reps: 50,
    label: 'cancelled run',
  });
  await expect(
    page.getByRole('progressbar', { name: 'Progress of naive' }),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await app.whenIdle();
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await profiling.view('History');
  await expect(profiling.historyRow('cancelled run')).toHaveCount(0);
  await app.screenshot('history-renamed');

  await profiling
    .historyRow('renamed run')
    .getByRole('button', { name: 'Delete' })
    .click();
  await app.whenIdle();
  await expect(profiling.historyRow('renamed run')).toHaveCount(0);
  await page.reload();
  await app.whenIdle();
  await expect(profiling.historyRow('renamed run')).toHaveCount(0);
});
