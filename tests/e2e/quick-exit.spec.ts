import { expect, test } from './fixtures';
import { LOCALES, heading, journeyTables } from './helpers';
import { NEUTRAL_SITE, deskNodes, markedNodes } from './page-tools';

// "Leave this page quickly" on the pages marked sensitive in content/trees, nowhere else.
const NEUTRAL = /^https:\/\/www\.buienradar\.nl\/?$/;

test.beforeEach(async ({ context }) => {
  // No request leaves the machine: the neutral site is answered here.
  await context.route(`${NEUTRAL_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>weer</title><p>weer</p>' }),
  );
});

test('the button is on every marked page and on no other, desk cards included', async ({ request }) => {
  const marked = markedNodes();
  const desks = deskNodes();
  expect(marked.size).toBeGreaterThan(0);
  const seen = new Map<string, boolean>();
  let i = 0;
  for (const [tree, rows] of journeyTables()) {
    for (const row of rows) {
      const locale = LOCALES[i++ % LOCALES.length];
      for (let n = 0; n <= row.answers.length; n++) {
        const path = [tree, ...row.answers.slice(0, n)].join('/');
        const urls = [`/${locale}/${path}`];
        const html = await (await request.get(urls[0])).text();
        const node = /<h1[^>]*data-tree="([^"]+)"[^>]*data-node="([^"]+)"/.exec(html);
        if (!node) continue; // a jump to another tree
        const key = `${node[1]}/${node[2]}`;
        const card = `href="/${locale}/balie/${path}"`;
        if (html.includes('data-outcome="true"') && desks.has(key)) {
          expect(html, `${urls[0]} links to its desk card`).toContain(card);
          urls.push(`/${locale}/balie/${path}`);
        } else {
          expect(html, `${urls[0]} has no desk`).not.toContain(card);
        }
        for (const url of urls) {
          const page = url === urls[0] ? html : await (await request.get(url)).text();
          const has = page.includes('quick-exit-button"');
          expect(has, `${url} (${key}) ${marked.has(key) ? 'is' : 'is not'} marked`).toBe(marked.has(key));
          if (has) expect(page).toContain(`href="${NEUTRAL_SITE}"`);
          seen.set(key, has);
        }
      }
    }
  }
  // Every marked node was reached.
  for (const key of marked) expect(seen.get(key), key).toBe(true);
});

test('the button replaces the page with the neutral site at once', async ({ page }) => {
  await page.goto('/uk/');
  await heading(page);
  await page.goto('/uk/health/mind/yes');
  await heading(page);
  await expect(page.locator('aside.quick-exit a.quick-exit-button')).toBeVisible();
  // The note on browsing privately opens under the button.
  await page.locator('aside.quick-exit summary').click();
  await expect(page.locator('aside.quick-exit details p')).toHaveCount(2);
  await expect(page.locator('aside.quick-exit details p').last()).toBeVisible();
  await page.locator('a.quick-exit-button').click();
  await expect(page).toHaveURL(NEUTRAL);
  // The marked page is no longer in the history: Back goes to the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/uk\/$/);
});

test('pressing Shift three times leaves; other keys in between do not', async ({ page }) => {
  await page.goto('/ru/hosting-now/unsafe/no');
  await heading(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ru\/hosting-now\/unsafe\/no$/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
});

test('Shift does nothing on an unmarked page', async ({ page }) => {
  await page.goto('/en/registration/host/yes/ukrainian');
  await heading(page);
  await expect(page.locator('.quick-exit')).toHaveCount(0);
  for (let k = 0; k < 3; k++) await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/en\/registration\/host\/yes\/ukrainian$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is a plain link to the neutral site', async ({ page }) => {
    await page.goto('/nl/work/problem');
    await heading(page, false);
    await expect(page.locator('a.quick-exit-button')).toHaveAttribute('href', NEUTRAL_SITE);
    await page.locator('a.quick-exit-button').click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});
