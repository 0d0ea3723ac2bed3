import path from 'node:path';

import { expect, test } from './fixtures/app';
import { sharedFixtures } from './fixtures/paths';

const autonomy = path.join(sharedFixtures, 'pmm-v1-autonomy-3299.db');

test.describe('ledger explorer', () => {
  test('opens on the sample ledger when no ledger is chosen', async ({ app }) => {
    await app.goto();
    await expect(app.overviewFile).toHaveText('sample-ledger.db');
    await expect(app.overviewEvents).toHaveText('2,000 events');
    await expect(app.chainHeadline).toHaveText('Chain verified');
    await expect(
      app.page.getByTestId('kinds-chart').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(app.page).toHaveURL(/ledger=sample-ledger\.db/);
    await app.screenshot('explorer-sample');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('explorer-sample-dark');
  });

  test('opening a file makes no request to any other origin', async ({
    app,
    baseURL,
  }) => {
    const requests: string[] = [];
    app.page.on('request', (request) => requests.push(request.url()));
    await app.goto();
    await app.openFiles([autonomy]);
    await app.generate(2000, 5);
    const origin = new URL(baseURL ?? '').origin;
    const foreign = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.endsWith('.db'))).toBe(false);
  });

  test('the sample button reopens the sample after another ledger', async ({ app }) => {
    await app.goto();
    await app.openFiles([path.join(sharedFixtures, 'pmm-v1-commitments.db')]);
    await expect(app.overviewEvents).toHaveText('23 events');
    await app.openSample();
    await expect(app.overviewFile).toHaveText('sample-ledger.db');
    await expect(app.overviewEvents).toHaveText('2,000 events');
  });

  test('filters the table by kind and by text, and shows one event', async ({ app }) => {
    await app.goto();
    await app.openFiles([autonomy]);
    await expect(app.eventsCount).toHaveText('3,299 events');

    await app.filterByKind('autonomy_tick');
    await expect(app.eventsCount).toHaveText('300 of 3,299 events match');
    await expect(app.eventRows.first()).toContainText('autonomy_tick');
    for (const kind of await app.eventRows.locator('.tks-cell-kind').allTextContents()) {
      expect(kind).toBe('autonomy_tick');
    }

    await app.filterByText('heartbeat');
    await expect(app.eventsCount).toHaveText('300 of 3,299 events match');
    await app.filterByKind(null);
    await app.filterByText('identity_adopt');
    const matching = await app.eventsCount.textContent();
    expect(matching).toMatch(/of 3,299 events match/);

    const first = app.eventRows.first();
    const id = Number(await first.getAttribute('data-event-id'));
    await app.selectEvent(id);
    await expect(app.eventDetail).toContainText(`#${id}`);
    const stored = await app.page.getByTestId('stored-hash').textContent();
    await expect(app.page.getByTestId('recomputed-hash')).toHaveText(stored ?? '');
    await expect(app.eventDetail).toContainText(
      'The stored hash matches the recomputed one.',
    );
    await expect(app.page).toHaveURL(/q=identity_adopt/);
    await expect(app.page).toHaveURL(new RegExp(`event=${id}`));
    await app.screenshot('explorer-filtered-detail');
  });

  test('the event table scrolls through every row, fetching pages on demand', async ({
    app,
  }) => {
    await app.goto();
    await app.openFiles([autonomy]);
    await app.page.getByTestId('events-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await app.whenIdle();
    await expect(app.eventRow(3299)).toBeVisible();
    expect(await app.eventRows.count()).toBeLessThanOrEqual(100);
  });

  test('the address keeps the ledger and filters; a reload asks for the file again', async ({
    app,
  }) => {
    await app.goto();
    await app.openFiles([autonomy]);
    await app.filterByKind('reflection');
    await app.page.reload();
    await app.whenIdle();
    await expect(app.page.getByRole('status')).toContainText(
      'open pmm-v1-autonomy-3299.db again',
    );
    await app.openFiles([autonomy]);
    await expect(app.page.getByLabel('Kind', { exact: true })).toHaveValue('reflection');
    await expect(app.eventsCount).toContainText('of 3,299 events match');
  });

  test('a generated ledger comes back after a reload', async ({ app }) => {
    await app.goto();
    await app.generate(5000, 42);
    await expect(app.overviewFile).toHaveText('synthetic-5000-seed-42.db');
    await app.page.reload();
    await app.whenIdle();
    await expect(app.overviewEvents).toHaveText('5,000 events');
    await expect(app.chainHeadline).toHaveText('Chain verified');
  });

  test('a long generation streams progress and can be cancelled', async ({ app }) => {
    await app.goto();
    await expect(app.overviewFile).toHaveText('sample-ledger.db');
    await app.startGenerate(1_000_000, 3);
    const progress = app.page.getByRole('progressbar');
    await expect(progress).toHaveAttribute('value', /[1-9]/);
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await app.whenIdle();
    await expect(progress).toHaveCount(0);
    await expect(app.alert).toHaveCount(0);
    await expect(app.overviewFile).toHaveText('sample-ledger.db');
    expect((await app.openLedgers()).map((l) => l.name)).toEqual(['sample-ledger.db']);
  });

  test('event content is shown as text, never as markup', async ({ app }) => {
    await app.goto();
    await app.openFiles([autonomy]);
    await app.selectEvent(1);
    const html = await app.page.getByTestId('event-content').innerHTML();
    expect(html).not.toContain('<');
    expect(await app.page.locator('.tks-detail a, .tks-table a').count()).toBe(0);
  });

  test('panels, headings and controls are reachable by keyboard', async ({ app }) => {
    await app.goto();
    for (const heading of ['Overview', 'Events per kind', 'Events', 'Event']) {
      await expect(
        app.page.getByRole('heading', { name: heading, exact: true }),
      ).toBeVisible();
    }
    await app.eventRows.first().focus();
    await app.page.keyboard.press('Enter');
    await app.whenIdle();
    await expect(app.eventDetail).toBeVisible();
  });
});
