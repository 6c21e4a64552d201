import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, heading, node } from './helpers';
import { cachedPaths, controlled, savedLanguage } from './service-worker';

// After one visit the service worker keeps what was opened, and every page of a visited
// language opens offline (the app renders it in the place of a cached page of that
// language); a saved language opens entirely without a network.

/** The heading and the answers of the page shown: what must be the same offline. */
async function question(page: Page) {
  const h1 = await heading(page);
  return {
    h1: await h1.textContent(),
    node: await h1.getAttribute('data-node'),
    options: await page.locator('a.option').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  };
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
  // A page of a language with nothing cached: the offline page, in all four languages.
  await page.goto('/ru/health');
  await expect(page.locator('body[data-offline] section[lang="uk"] h2')).toBeVisible();
  await context.setOffline(false);
});

test('a page reached by tapping reloads offline, rendered by the app', async ({ page, context }) => {
  await page.goto('/uk/');
  await heading(page);
  await controlled(page);
  // After one visit: the language's home and texts are kept (the shell was precached).
  await expect.poll(async () => (await cachedPaths(page)).filter((p) => p === '/uk/' || /^\/locales\/uk-[^-]+\.ftl$/.test(p)).length, { timeout: 20_000 }).toBe(2);
  await choose(page, 'refugee');
  await heading(page);
  await choose(page, 'safety');
  await expect(page).toHaveURL(/\/uk\/safety$/);
  const online = await question(page);
  expect(online.options.length).toBeGreaterThan(0);
  // Reached inside the app: never fetched as a document, so not in the cache.
  expect(await cachedPaths(page)).not.toContain('/uk/safety');

  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveURL(/\/uk\/safety$/);
  expect(await question(page)).toEqual(online);
  await expect(page.locator('body[data-offline]')).toHaveCount(0);
  // The answers work offline too.
  await page.locator('a.option').first().click();
  await heading(page);
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
  // The progress bar can come and go within one check: record whether it ever appeared.
  await saver.evaluate((el) => {
    new MutationObserver(() => {
      if (el.querySelector('progress')) el.setAttribute('data-saw-progress', '');
    }).observe(el, { childList: true, subtree: true });
  });
  await saver.getByRole('button').click();
  await savedLanguage(saver);
  await expect(saver).toHaveAttribute('data-saw-progress', '');

  await context.setOffline(true);
  await page.goto('/nl/health');
  await heading(page);
  await page.goto('/nl/gemeenten/gm0363');
  await expect(page.locator('main h1')).toHaveAttribute('data-code', 'GM0363');
  await context.setOffline(false);
});

