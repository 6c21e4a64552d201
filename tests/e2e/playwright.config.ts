import { defineConfig } from '@playwright/test';

// The browser tests run against the release bundle served by `cargo xtask test`,
// in Debian's Chromium (never a downloaded browser).
export default defineConfig({
  testDir: '.',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // A new deployment (deployment.spec.ts) replaces the service worker on the server: it runs
  // after every other test, so none of them meets the new worker.
  projects: [
    { name: 'portal', testIgnore: /deployment\.spec\.ts/ },
    { name: 'deployment', testMatch: /deployment\.spec\.ts/, dependencies: ['portal'] },
  ],
  use: {
    baseURL: process.env.BASE_URL,
    viewport: { width: 360, height: 740 },
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
