import path from 'node:path';

import { expect, test } from './fixtures/app';
import {
  fixtureLedgers,
  oracleVerdict,
  randomBytesFile,
  tamperedCopy,
  walPair,
} from './fixtures/ledgers';
import { sharedFixtures } from './fixtures/paths';

const countFormat = new Intl.NumberFormat('en-US');

function eventsText(n: number): string {
  return `${countFormat.format(n)} ${n === 1 ? 'event' : 'events'}`;
}

test.describe('opening ledgers', () => {
  for (const file of fixtureLedgers()) {
    const name = path.basename(file);

    test(`opens ${name} with the oracle's count and verdict`, async ({ app }) => {
      const verdict = oracleVerdict(file);
      await app.goto();
      await app.openFiles([file]);

      await expect(app.overviewFile).toHaveText(name);
      await expect(app.overviewEvents).toHaveText(eventsText(verdict.rows));
      await expect(app.chainHeadline).toHaveText(
        verdict.status === 'OK'
          ? 'Chain verified'
          : `Chain broken at event ${verdict.first_bad_id}`,
      );
      await expect(app.page).toHaveURL(new RegExp(`ledger=${name}`));
    });
  }

  test('a dropped ledger opens like a picked one', async ({ app }) => {
    await app.goto();
    await app.dropFiles([path.join(sharedFixtures, 'pmm-v2-55.db')]);
    await expect(app.overviewEvents).toHaveText('55 events');
    await expect(app.chainHeadline).toHaveText('Chain verified');
    await expect(app.chainStatus).not.toContainText('broken');
  });

  test('a .db dropped with its -wal sidecar includes the rows only the sidecar holds', async ({
    app,
  }) => {
    const { db, wal } = walPair(path.join(sharedFixtures, 'pmm-v1-runtime-tiny.db'), 3);
    await app.goto();
    await app.dropFiles([db, wal]);
    await expect(app.overviewEvents).toHaveText('8 events');
    await expect(app.page.getByText('WAL mode, -wal sidecar given')).toBeVisible();
    await app.filterByKind('e2e_wal');
    await expect(app.eventsCount).toHaveText('3 of 8 events match');
  });

  test('a tampered copy shows where the chain breaks', async ({ app }) => {
    const fixture = path.join(sharedFixtures, 'pmm-v1-autonomy-3299.db');
    const copy = tamperedCopy(fixture, 1234);
    const verdict = oracleVerdict(copy);
    expect(verdict.first_bad_id).toBe(1234);

    await app.goto();
    await app.openFiles([copy]);
    await expect(app.overviewEvents).toHaveText('3,299 events');
    await expect(app.chainHeadline).toHaveText('Chain broken at event 1234');
    await expect(app.chainStatus).toContainText(
      'Its stored hash does not match its contents.',
    );
    await app.screenshot('chain-broken');
  });

  test('random bytes show the core message and keep the open ledger', async ({ app }) => {
    await app.goto();
    await app.openFiles([path.join(sharedFixtures, 'pmm-v1-stages.db')]);
    await expect(app.overviewEvents).toHaveText('60 events');

    const noise = randomBytesFile();
    await app.openFiles([noise]);
    await expect(app.alert).toBeVisible();
    await expect(app.alert).toContainText('random-bytes.db');
    await app.screenshot('bad-file-alert');

    await expect(app.overviewFile).toHaveText('pmm-v1-stages.db');
    await expect(app.overviewEvents).toHaveText('60 events');
    await app.filterByKind('evolution');
    await expect(app.eventsCount).toHaveText('20 of 60 events match');
    expect((await app.openLedgers()).map((l) => l.name)).toEqual(['pmm-v1-stages.db']);

    await app.openFiles([path.join(sharedFixtures, 'pmm-v2-55.db')]);
    await expect(app.alert).toHaveCount(0);
    await expect(app.overviewEvents).toHaveText('55 events');
  });
});
