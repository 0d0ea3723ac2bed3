/**
 * A run recorded from a Python process by the recorder (recorders/python,
 * issue #9) opens in the dashboard like one of its own: it imports into the
 * history, is labelled as external, and its hotspots table shows the recorded
 * call sites as function and file:line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from './fixtures/app';
import { repoRoot, sharedFixtures } from './fixtures/paths';

const example = path.join(repoRoot, 'recorders/python/example_record.py');
const ledger = path.join(sharedFixtures, 'pmm-v1-autonomy-3299.db');

interface RecordedSite {
  readonly function: string;
  readonly location: string;
}

/** The call sites of the recorded run's first repetition, as the file says. */
function recordedSites(file: string): RecordedSite[] {
  type Aggregate = { callSite: { function: string; file: string; line: number } };
  type Tick = { reads: Aggregate[]; derivations: Aggregate[] };
  const run = JSON.parse(readFileSync(file, 'utf8')) as {
    strategies: { repetitions: { ticks: Tick[] }[] }[];
  };
  const ticks = run.strategies[0]?.repetitions[0]?.ticks ?? [];
  const sites = new Map<string, RecordedSite>();
  for (const a of ticks.flatMap((t) => [...t.reads, ...t.derivations])) {
    const location = `${a.callSite.file}:${a.callSite.line}`;
    sites.set(location, { function: a.callSite.function, location });
  }
  return [...sites.values()];
}

test('a recorded Python run imports and shows its call sites', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('recorded-run.json');
  // The recorder copies the ledger into a temporary folder; the fixture is only read.
  execFileSync(
    'python3',
    [
      example,
      file,
      '--ledger',
      ledger,
      '--label',
      'recorded-demo',
      '--reps',
      '1',
      '--ticks',
      '2',
    ],
    { cwd: repoRoot },
  );
  const sites = recordedSites(file);
  expect(sites.map((s) => s.function)).toEqual(
    expect.arrayContaining(['DemoLoop.tick', 'maybe_reflect', 'emit_reflection']),
  );

  await app.goto('?view=history');
  const { page } = app;
  await page.getByLabel('Import run').setInputFiles(file);
  await app.whenIdle();
  await expect(page.getByRole('status')).toContainText('Imported "recorded-demo"');

  const row = page.locator('.tks-history-row').filter({ hasText: 'recorded-demo' });
  await expect(row.locator('.tks-badge', { hasText: 'external' })).toBeVisible();
  await expect(row).toContainText('pmm-v1-autonomy-3299.db');
  await row.getByRole('button', { name: 'Open' }).click();
  await app.whenIdle();

  await expect(page.getByText('Recorded from an external runtime')).toBeVisible();
  const table = page.getByRole('table', { name: 'Read sites of the run' });
  await expect(table.locator('tbody tr')).toHaveCount(sites.length);
  for (const site of sites) {
    const exact = new RegExp(`^${site.location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = table.locator('tbody tr').filter({
      has: page.locator('.tks-site-location', { hasText: exact }),
    });
    await expect(row).toHaveCount(1);
    await expect(row.locator('.tks-site-fn')).toHaveText(site.function);
  }
  await app.screenshot('recorder-run-hotspots');
});
