import { defineConfig, type LaunchOptions } from '@playwright/test';

/**
 * One port for the run: TSUNAGU_E2E_PORT, or one picked at random (so a second run on the same machine
 * does not collide) and put into the environment, which the workers inherit when they load this file.
 */
process.env['TSUNAGU_E2E_PORT'] ??= String(31000 + Math.floor(Math.random() * 2000));
const port = Number(process.env['TSUNAGU_E2E_PORT']);
/** Production mode refuses the published demo password: each run seeds the demo accounts with its own. */
process.env['TSUNAGU_E2E_DEMO_PASSWORD'] ??= `e2e-${Math.random().toString(36).slice(2)}-demo`;
/**
 * The run's database, named here so that the tests can reach it too (helpers/database.ts): on
 * DATABASE_URL's server, or in the embedded PostgreSQL on this port (support/serve.mjs).
 */
process.env['TSUNAGU_E2E_DATABASE'] ??= `tsunagu_e2e_${Date.now()}`;
process.env['TSUNAGU_E2E_PG_PORT'] ??= String(33000 + Math.floor(Math.random() * 2000));
export const baseURL = `http://127.0.0.1:${port}`;
/**
 * A second server, in development mode (the development mailbox at /api/dev/mail, jobs inline), for the
 * notification specs: production refuses the mailbox. Same build, a database of its own.
 */
process.env['TSUNAGU_E2E_DEV_PORT'] ??= String(port + 4000);
const devPort = Number(process.env['TSUNAGU_E2E_DEV_PORT']);
export const devBaseURL = `http://127.0.0.1:${devPort}`;

/** Debian's Chromium: never download a browser for these tests. */
const launchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const browserUse = {
  browserName: 'chromium' as const,
  launchOptions,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
};

export default defineConfig({
  testDir: './src',
  outputDir: './test-results',
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './playwright-report', open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: /\.node\.spec\.ts$/,
      use: { ...browserUse, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
    },
    {
      name: 'desktop',
      testIgnore: /\.node\.spec\.ts$/,
      use: { ...browserUse, viewport: { width: 1280, height: 800 } },
    },
    // Tests that start processes themselves and need no browser.
    { name: 'node', testMatch: /\.node\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: 'node src/support/serve.mjs',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      env: {
        TSUNAGU_E2E_PORT: String(port),
        TSUNAGU_E2E_DEMO_PASSWORD: process.env['TSUNAGU_E2E_DEMO_PASSWORD'],
      },
    },
    {
      command: 'node src/support/serve.mjs',
      url: `${devBaseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      env: {
        TSUNAGU_E2E_MODE: 'development',
        TSUNAGU_E2E_PORT: String(devPort),
        TSUNAGU_E2E_DATABASE: `${process.env['TSUNAGU_E2E_DATABASE']}_dev`,
        TSUNAGU_E2E_PG_PORT: String(Number(process.env['TSUNAGU_E2E_PG_PORT']) + 4000),
        TSUNAGU_E2E_DEMO_PASSWORD: process.env['TSUNAGU_E2E_DEMO_PASSWORD'],
      },
    },
  ],
});
