/**
 * The page trusts nothing it loads and sends nothing anywhere (#7):
 * - every request the page and its worker make while opening a ledger,
 *   exploring it, profiling two strategies and comparing them stays on the
 *   app's origin;
 * - the built app is served with its Content-Security-Policy, and works
 *   under it (sql.js's wasm compiles in the worker, no violation fires).
 */
import path from 'node:path';

import { expect, test } from './fixtures/app';
import { sharedFixtures } from './fixtures/paths';
import { ProfilingPage } from './fixtures/profiling';

const LEDGER = path.join(sharedFixtures, 'pmm-v1-reflections-identity.db');

/** Whether a URL stays on `origin` (blob: and data: URLs never leave the page). */
function isLocal(url: string, origin: string): boolean {
  if (url.startsWith('data:')) {
    return true;
  }
  const parsed = new URL(url.startsWith('blob:') ? url.slice(5) : url);
  return parsed.origin === origin;
}

test('no request leaves the app origin while opening, exploring, profiling and comparing', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? '').origin;
  const context = await browser.newContext();
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  const page = await context.newPage();
  page.on('websocket', (ws) => urls.push(ws.url()));
  const app = new ProfilingPage(page);

  await app.goto();
  await app.openLedger(LEDGER);
  await expect(page.getByTestId('overview-events')).toHaveText('29 events');
  await page.locator('.tks-table-body [data-event-id="29"]').click();
  await app.whenIdle();
  await expect(page.getByTestId('event-detail')).toContainText('metrics_update');

  await app.view('Profile');
  await app.startProfile(['naive', 'incremental'], 5, 'network check');
  await app.whenIdle();
  await expect(page.getByRole('heading', { name: 'network check' })).toBeVisible();
  await app.view('History');
  await app.historyRow('network check').getByRole('button', { name: 'Compare' }).click();
  await app.whenIdle();
  await expect(page.getByTestId('equivalence-verdict')).toHaveText('Ledgers identical');
  app.expectNoProblems();

  // The worker's own fetch of the wasm is in the log, so worker requests are recorded.
  expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
  const foreign = urls.filter((u) => !isLocal(u, origin));
  test.info().annotations.push({
    type: 'requests',
    description: `${urls.length} requests, ${foreign.length} to other origins`,
  });
  console.log(
    `[figure] requests while opening, exploring, profiling, comparing: ${urls.length}, to other origins: ${foreign.length}`,
  );
  expect(foreign).toEqual([]);
  await context.close();
});

test('the built app is served with its CSP and works under it', async ({ app, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  const workerHeaders: Record<string, string>[] = [];
  page.on('response', (r) => {
    if (/\.worker-[^/]*\.js$|worker.*\.js$/.test(r.url())) {
      workerHeaders.push(r.headers());
    }
  });

  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('worker-src')).toContain("'self'");
  expect(csp).not.toMatch(/'unsafe-eval'|\*|https?:/);

  await app.whenIdle();
  await app.openFiles([LEDGER]);
  await expect(app.chainHeadline).toHaveText('Chain verified');
  expect(workerHeaders.length).toBeGreaterThan(0);
  for (const headers of workerHeaders) {
    expect(headers['content-security-policy']).toBe(csp);
  }
  expect(
    await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
});
