import { expect, test } from './fixtures';
import { LOCALES, choose, expectAccessible, heading, node, resolveDay } from './helpers';
import { NEUTRAL_SITE } from './page-tools';

// The home page's shortcuts ("Asked often", `shortcuts` in content/trees/start.toml): one tap to
// what happens after temporary protection ends and to the topic for who is not safe, with
// and without JavaScript, labelled like the answer they skip to.

// The status page shown depends on the day: after the end of protection, its successor.
const SWITCH = resolveDay('after:tp-end');
const today = new Date().toISOString().slice(0, 10);
const AFTER = today >= SWITCH ? 'since-protection-ended' : 'after-protection';

test.beforeEach(async ({ context }) => {
  // No request leaves the machine: the neutral site of "leave this page" is answered here.
  await context.route(`${NEUTRAL_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>weer</title><p>weer</p>' }),
  );
});

function shortcut(page: import('@playwright/test').Page, path: string) {
  return page.locator(`main section.asked-often a[href$="/${path}"]`);
}

for (const locale of LOCALES) {
  test(`${locale}: the home page leads to the end of protection and to safety in one tap`, async ({ page }) => {
    // The label is the text of the answer the shortcut skips to.
    await page.goto(`/${locale}/status/ukrainian`);
    await heading(page);
    const option = (await page.locator('a.option[data-option="after"] span').first().textContent())?.trim();
    expect(option, 'the status option').toBeTruthy();

    await page.goto(`/${locale}/`);
    await heading(page);
    await expect(page.locator('main section.asked-often a')).toHaveCount(2);
    await expect(shortcut(page, 'status/ukrainian/after')).toHaveText(option ?? '');
    await expectAccessible(page);
    await shortcut(page, 'status/ukrainian/after').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/status/ukrainian/after$`));
    await heading(page);
    expect(await node(page)).toEqual({ tree: 'status', node: AFTER, outcome: true });
    // Back returns to the home page, whose shortcuts are still there.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
    await heading(page);
    await shortcut(page, 'safety').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/safety$`));
    expect(await node(page)).toEqual({ tree: 'safety', node: 'danger-now', outcome: false });
    await expect(page.locator('aside.quick-exit a.quick-exit-button')).toHaveAttribute('href', NEUTRAL_SITE);
    // No shortcuts on a question that has none.
    await choose(page, 'no');
    await heading(page);
    await expect(page.locator('main section.asked-often')).toHaveCount(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`${locale}: the shortcuts are links in the pre-rendered home page`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await heading(page, false);
      await shortcut(page, 'status/ukrainian/after').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/status/ukrainian/after$`));
      expect(await node(page, false)).toEqual({ tree: 'status', node: AFTER, outcome: true });
    });
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const locale of LOCALES) {
    test(`${locale}: "I don't know where to start" lists the topics under its first paragraph`, async ({ page }) => {
      await page.goto(`/${locale}/start-here/yes/yes/yes/no`);
      expect(await node(page)).toEqual({ tree: 'start-here', node: 'next-topics', outcome: true });
      const topics = page.locator('main section.choose-a-topic');
      await expect(topics.locator('a')).toHaveCount(4);
      // Before the steps, and in the first screen.
      const order = await page.evaluate(() => {
        const topics = document.querySelector('main section.choose-a-topic');
        const steps = document.querySelector('main ol.checklist');
        return topics && steps ? topics.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order, 'topics before the steps').toBeTruthy();
      const box = await topics.locator('a').last().boundingBox();
      expect(box && box.y + box.height <= 740, 'the last topic in the first screen').toBe(true);
      // Listed once: not again after the steps.
      await expect(page.locator('main section.also-useful')).toHaveCount(0);
      await topics.locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/work$`));
    });
  }
});
