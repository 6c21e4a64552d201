import { expect, test } from './fixtures';
import { LOCALES, choose, expectAccessible, node } from './helpers';

// The first real tree, completed from the home page in each language.
for (const locale of LOCALES) {
  test(`registration tree can be completed in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    expect(await node(page)).toMatchObject({ tree: 'start', node: 'who' });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectAccessible(page);

    await choose(page, 'refugee');
    expect(await node(page)).toMatchObject({ tree: 'refugee', node: 'topic' });
    await expectAccessible(page);

    await choose(page, 'registration');
    expect(await node(page)).toMatchObject({ tree: 'registration', node: 'where-staying' });
    await expectAccessible(page);

    await choose(page, 'host');
    expect(await node(page)).toMatchObject({ node: 'host-documents' });
    await expectAccessible(page);

    await choose(page, 'yes');
    expect(await node(page)).toMatchObject({ node: 'host-citizenship' });
    await choose(page, 'ukrainian');

    expect(await node(page)).toMatchObject({ tree: 'registration', node: 'register-at-host', outcome: true });
    await expect(page).toHaveURL(new RegExp(`/${locale}/registration/host/yes/ukrainian`));
    await expect(page.locator('ol.checklist > li')).toHaveCount(6);
    // One source for each fact the outcome relies on that holds today.
    expect(await page.locator('ul.sources > li').count()).toBeGreaterThan(0);
    const title = await page.title();
    expect(title).toContain((await page.locator('main h1').innerText()).trim());
    await expectAccessible(page);
  });
}
