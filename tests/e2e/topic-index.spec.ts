import { expect, test } from './fixtures';
import { LOCALES, expectAccessible, node } from './helpers';

// The A–Z page of answers (/<l>/onderwerpen): plain HTML, reached from every page's
// footer, listing each answer by its question; each entry opens that answer.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`the footer leads to every answer from A to Z in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.locator(`footer a[href="/${locale}/onderwerpen"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/onderwerpen$`));
      await expect(page.locator('main h1')).toHaveCount(1);
      const entries = page.locator('main ul.links > li > a');
      const count = await entries.count();
      expect(count).toBeGreaterThan(40);
      // Every letter of the jump list names a section on the page.
      for (const href of await page.locator('main nav .letters a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        await expect(page.locator(`section h2${href}`)).toHaveCount(1);
      }
      // No two entries lead to the same page.
      const hrefs = await entries.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(count);
      // The other languages' A–Z pages, and nothing of the app.
      for (const other of LOCALES.filter((l) => l !== locale)) {
        await expect(page.locator(`header a[href="/${other}/onderwerpen"][hreflang="${other}"]`)).toHaveCount(1);
      }
      expect(await page.locator('script[data-wasm], link[rel="modulepreload"]').count()).toBe(0);
      // Search needs its module: without JavaScript its field stays hidden, the list is the page.
      await expect(page.locator('form[data-search]')).toBeHidden();
      // It names the safety topic's answers, so the way out is on it.
      await expect(page.locator('aside.quick-exit a[href="https://www.buienradar.nl/"]')).toBeVisible();
      // An entry opens its answer.
      await page.locator(`main ul.links a[href^="/${locale}/registration/"]`).first().click();
      expect((await node(page, false)).outcome).toBe(true);
    });
  }
});

test('from a hydrated page, the footer link loads the A–Z page, which passes axe', async ({ page }) => {
  await page.goto('/uk/registration');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.locator('footer a[href="/uk/onderwerpen"]').click();
  await expect(page).toHaveURL(/\/uk\/onderwerpen$/);
  await expect(page.locator('main h1')).toHaveText(/.+/);
  await expect(page.locator('main ul.links > li')).not.toHaveCount(0);
  await expectAccessible(page);
});
