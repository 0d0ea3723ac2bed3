import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

import { chromium, defineConfig } from '@playwright/test';

const port = 4317;

/**
 * Finds a Chromium in this order: the PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
 * override, the system Chromium, Playwright's own download. Playwright's CDN
 * is unreachable on CI machines, so the system browser is the usual answer.
 */
function findChromium(): string {
  const override = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (override !== undefined && override !== '' && existsSync(override)) {
    return override;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  const onPath = whichChromium();
  if (onPath !== undefined) {
    return onPath;
  }
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) {
    return bundled;
  }
  throw new Error(
    'No Chromium found: run `npx playwright install chromium`, or `apt-get install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH.',
  );
}

function whichChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return (
        execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() ||
        undefined
      );
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: process.env.CI !== undefined && process.env.CI !== '',
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-default-apps',
        '--disable-domain-reliability',
      ],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --bypass-lock --strictPort --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
