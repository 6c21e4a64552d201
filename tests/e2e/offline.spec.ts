import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { heading, node } from './helpers';

// After one visit the service worker keeps what was opened; a saved language opens
// entirely without a network.

async function controlled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined), {
      timeout: 20_000,
    })
    .toBe(true);
}

test('visited pages reload and open offline, and unvisited ones say so', async ({ page, context }) => {
  await page.goto('/uk/registration');
  await heading(page);
  await controlled(page);
  await page.goto('/uk/registration/host/yes/ukrainian');
  await heading(page);

  await context.setOffline(true);
  await page.reload();
  expect(await node(page)).toMatchObject({ node: 'register-at-host', outcome: true });
  await page.goto('/uk/registration');
  expect(await node(page)).toMatchObject({ node: 'where-staying' });
  // Client-side navigation still works offline (the wasm and texts came from the cache).
  await page.locator('a.option[data-option="host"]').click();
  expect(await node(page)).toMatchObject({ node: 'host-documents' });
  // A page never opened on this device: the offline page, in all four languages.
  await page.goto('/uk/health');
  await expect(page.locator('body[data-offline] section[lang="uk"] h2')).toBeVisible();
  await context.setOffline(false);
});

test('a repeat visit fetches nothing but the service worker update check', async ({ page }) => {
  await page.goto('/en/registration');
  await heading(page);
  await controlled(page);
  await page.reload();
  await heading(page);
  const fetched: string[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const timing = request.timing();
    // Served by the service worker: no network connection was made.
    if (response && !response.fromServiceWorker() && timing.connectEnd !== -1) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/registration');
  await heading(page);
  expect(fetched.filter((p) => p !== '/sw.js')).toEqual([]);
});

test('saving a language shows its size and progress, then every page opens offline', async ({ page, context }) => {
  await page.goto('/nl/');
  await heading(page);
  await controlled(page);
  const saver = page.locator('footer .offline-saver');
  await saver.getByRole('button').click();
  await expect(saver.locator('p[role="status"]')).toContainText(/\d+,\d/);
  await saver.getByRole('button').click();
  await expect(saver.locator('progress')).toBeVisible();
  await expect(saver.locator('progress')).toHaveCount(0, { timeout: 120_000 });
  await expect(saver.locator('button')).toHaveCount(0);

  await context.setOffline(true);
  await page.goto('/nl/health');
  await heading(page);
  await page.goto('/nl/gemeenten/gm0363');
  await expect(page.locator('main h1')).toHaveAttribute('data-code', 'GM0363');
  await context.setOffline(false);
});

