import { expect, test } from './fixtures';
import { LOCALES, choose, expectAccessible, heading, node } from './helpers';
import { NEUTRAL_SITE } from './page-tools';

// A refugee who is not safe reaches the safety topic from the home page in two taps
// (refugee → "I do not feel safe"), and its first page offers "leave this page".

test.beforeEach(async ({ context }) => {
  // No request leaves the machine: the neutral site is answered here.
  await context.route(`${NEUTRAL_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>weer</title><p>weer</p>' }),
  );
});

for (const locale of LOCALES) {
  test(`${locale}: the safety topic is two taps from the home page, with the quick exit`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await heading(page);
    let taps = 0;
    await choose(page, 'refugee');
    taps++;
    await expect(page).toHaveURL(new RegExp(`/${locale}/refugee$`));
    await heading(page);
    await choose(page, 'safety');
    taps++;
    await expect(page).toHaveURL(new RegExp(`/${locale}/safety$`));
    expect(await node(page)).toEqual({ tree: 'safety', node: 'danger-now', outcome: false });
    expect(taps).toBeLessThanOrEqual(2);
    const exit = page.locator('aside.quick-exit a.quick-exit-button');
    await expect(exit).toBeVisible();
    await expect(exit).toHaveAttribute('href', NEUTRAL_SITE);
    await expectAccessible(page);
    // Every answer below is marked too; the quick exit leaves from there.
    await choose(page, 'no');
    await expect(page).toHaveURL(new RegExp(`/${locale}/safety/no$`));
    await heading(page);
    await choose(page, 'host');
    expect(await node(page)).toEqual({ tree: 'safety', node: 'unsafe-host', outcome: true });
    await expect(page.locator('a[href="tel:08002000"]').first()).toBeVisible();
    await expectAccessible(page);
    await exit.click();
    await expect(page).toHaveURL(/^https:\/\/www\.buienradar\.nl\/?$/);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`${locale}: two links lead from the home page to the safety topic, with the quick exit`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await heading(page, false);
      await choose(page, 'refugee');
      await heading(page, false);
      await choose(page, 'safety');
      await expect(page).toHaveURL(new RegExp(`/${locale}/safety$`));
      expect(await node(page, false)).toEqual({ tree: 'safety', node: 'danger-now', outcome: false });
      await expect(page.locator('a.quick-exit-button')).toHaveAttribute('href', NEUTRAL_SITE);
    });
  }
});
