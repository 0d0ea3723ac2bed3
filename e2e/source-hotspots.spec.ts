import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures/app';
import { scanSources } from '../src/core/scanner/scan';
import { repoRoot } from './fixtures/paths';

const corpus = path.join(repoRoot, 'src/core/scanner/test-corpus');

function functionRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Functions ranked by calls' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) });
}

/** Drops in-memory files on the view's drop area, as a drag from the desktop does. */
async function dropSources(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      transfer.items.add(new File([item.text], item.name, { type: 'text/x-python' }));
    }
    return transfer;
  }, files);
  await page.getByTestId('source-drop').dispatchEvent('drop', { dataTransfer });
}

// The standard library's `email` package: real Python to pick as a folder.
function stdlibEmail(): string | null {
  const run = spawnSync(
    'python3',
    ['-c', 'import email, os; print(os.path.dirname(email.__file__))'],
    {
      encoding: 'utf8',
    },
  );
  return run.status === 0 ? run.stdout.trim() : null;
}

function pythonFilesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === '__pycache__' || entry.name.startsWith('.')
        ? []
        : pythonFilesUnder(full);
    }
    return entry.name.endsWith('.py')
      ? [{ path: full, text: readFileSync(full, 'utf8') }]
      : [];
  });
}

test.describe('source hotspots', () => {
  test('ranks the functions of picked files and shows call lines', async ({ app }) => {
    const { page } = app;
    await app.goto('?view=source-hotspots');
    await page
      .getByLabel('Open Python sources', { exact: true })
      .setInputFiles(
        ['nesting.py', 'basics.py', 'multi_methods.py'].map((f) => path.join(corpus, f)),
      );
    await app.whenIdle();

    await expect(page.getByRole('status').filter({ hasText: 'calls to' })).toContainText(
      '43 calls to read_all in 3 of 3 files',
    );
    const rows = page
      .getByRole('table', { name: 'Functions ranked by calls' })
      .getByRole('row');
    await expect(rows.nth(1)).toContainText('Runtime.chained');
    await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText('3');
    const tick = functionRow(page, 'AutonomyLoop.tick');
    await expect(tick.getByRole('cell').nth(3)).toHaveText('3');
    await expect(tick.getByRole('cell').nth(4)).toHaveText('14, 19, 20');

    await tick.getByRole('button', { name: 'AutonomyLoop.tick' }).click();
    const snippets = page.getByTestId('call-snippet');
    // Lines 14, 19 and 20 with 3 lines around each make one run of lines 11-23.
    await expect(snippets).toHaveCount(1);
    await expect(snippets).toContainText(
      '   14 ▶         events = self.eventlog.read_all()',
    );
    await expect(snippets).toContainText('   20 ▶         rows = [e for e in');
    await expect(snippets).toContainText('   21           return events, _helper');
    await expect(page.getByTestId('site-group-slot')).toHaveAttribute(
      'data-group',
      'tick',
    );
    const slot = page.getByTestId('site-group-slot');
    await expect(slot).toContainText('Runtime site group: tick · static calls: 3');
    await expect(slot).toContainText('No saved profiling run yet');
    await app.screenshot('source-hotspots-files');
  });

  test('scans a picked folder', async ({ app }) => {
    const { page } = app;
    await app.goto('?view=source-hotspots');
    await page.getByLabel('Open a folder of Python sources').setInputFiles(corpus);
    await app.whenIdle();
    await expect(page.getByRole('status').filter({ hasText: 'calls to' })).toContainText(
      '96 calls to read_all in 8 of 8 files',
    );
    const files = page
      .getByRole('table', { name: 'Files ranked by calls' })
      .getByRole('row');
    await expect(files.nth(1)).toContainText('test-corpus/nesting.py');
    await expect(files.nth(1).getByRole('cell').nth(2)).toHaveText('27');
  });

  test('counts several names, and shows dropped source as text', async ({ app }) => {
    const { page } = app;
    await app.goto('?view=source-hotspots');
    await page.getByLabel('Method names').fill('read_tail,read_after_id');
    await dropSources(page, [
      {
        name: 'drop.py',
        text: 'def f(log):\n    # <img src=x onerror="window.__hit = 1">\n    return log.read_tail(5), log.read_after_id(1)\n',
      },
      { name: 'notes.txt', text: 'log.read_tail(1)\n' },
    ]);
    await app.whenIdle();
    await expect(page.getByRole('status').filter({ hasText: 'calls to' })).toContainText(
      '2 calls to read_tail, read_after_id in 1 of 1 file',
    );
    await expect(page.getByText('per name: read_tail 1, read_after_id 1')).toBeVisible();
    await functionRow(page, 'f').getByRole('button', { name: 'f' }).click();
    const snippet = page.getByTestId('call-snippet');
    await expect(snippet).toContainText('<img src=x onerror="window.__hit = 1">');
    await expect(snippet.locator('img')).toHaveCount(0);
  });

  test('scans a folder of real Python code like the core does', async ({ app }) => {
    const folder = stdlibEmail();
    test.skip(folder === null, 'python3 is not on PATH');
    const expected = scanSources(pythonFilesUnder(folder as string), {
      methods: ['append'],
    });
    if (!expected.ok) {
      throw expected.error;
    }
    const { page } = app;
    await app.goto('?view=source-hotspots');
    await page.getByLabel('Method names').fill('append');
    await page
      .getByLabel('Open a folder of Python sources')
      .setInputFiles(folder as string);
    await app.whenIdle();
    const report = expected.value;
    await expect(page.getByRole('status').filter({ hasText: 'calls to' })).toContainText(
      `${report.total} calls to append in ${report.files.length} of ${report.filesScanned} files`,
    );
    const top = report.functions[0];
    const rows = page
      .getByRole('table', { name: 'Functions ranked by calls' })
      .getByRole('row');
    await expect(rows.nth(1).getByRole('cell').nth(1)).toContainText(top?.name ?? '');
    await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText(String(top?.count));
  });
});
