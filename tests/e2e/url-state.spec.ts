import { expect, test } from './fixtures';
import { choose, expectAccessible, heading, node } from './helpers';

const RESULT = '/uk/registration/host/yes/ukrainian';

test('Back, reload and a new page reproduce the same state', async ({ page, context }) => {
  await page.goto('/uk/registration');
  await choose(page, 'host');
  await choose(page, 'yes');
  await choose(page, 'ukrainian');
  const result = await node(page);
  const checklist = await page.locator('ol.checklist > li').allInnerTexts();

  // History navigation is client-side: wait for the page to show the node, not just any heading.
  await page.goBack();
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-citizenship' });
  await page.goBack();
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-documents' });
  await page.goForward();
  await page.goForward();
  await expect.poll(() => node(page)).toEqual(result);

  await page.reload();
  expect(await node(page)).toEqual(result);
  expect(await page.locator('ol.checklist > li').allInnerTexts()).toEqual(checklist);

  const other = await context.newPage();
  await other.goto(page.url());
  expect(await node(other)).toEqual(result);
  expect(await other.locator('ol.checklist > li').allInnerTexts()).toEqual(checklist);
});

test('once hydrated, answering and Back change the address without loading a page', async ({ page }) => {
  await page.goto('/uk/registration');
  await heading(page);
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') documents.push(r.url());
  });
  await choose(page, 'host');
  await expect(page).toHaveURL(/\/uk\/registration\/host$/);
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-documents' });
  await choose(page, 'yes');
  await expect(page).toHaveURL(/\/uk\/registration\/host\/yes$/);
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-citizenship' });
  await page.goBack();
  await expect(page).toHaveURL(/\/uk\/registration\/host$/);
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-documents' });
  expect(documents).toEqual([]);
});

test('an address changed by Forward before the app starts shows its own page', async ({ page }) => {
  // The wasm waits until the address has moved on, as when Forward returns to an entry
  // that the app had made in this page before it was reloaded.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/uk/registration/host/yes');
  expect(await node(page, false)).toMatchObject({ node: 'host-citizenship' });
  await page.evaluate((url) => history.pushState(null, '', url), RESULT);
  release();
  await expect.poll(() => node(page)).toEqual({ tree: 'registration', node: 'register-at-host', outcome: true });
  await page.goBack();
  await expect.poll(() => node(page)).toMatchObject({ node: 'host-citizenship' });
});

test('switching language keeps the position and the answers', async ({ page }) => {
  await page.goto(`${RESULT}?m=GM1681`);
  const before = await node(page);
  await page.locator('nav.languages a[hreflang="nl"]').click();
  await expect(page).toHaveURL(/\/nl\/registration\/host\/yes\/ukrainian\?m=GM1681$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await node(page)).toEqual(before);
  await expect(page.locator('nav.languages a[aria-current="true"]')).toHaveAttribute('hreflang', 'nl');
  await expectAccessible(page);
});

test('changing an earlier answer keeps answers that still apply and drops the rest', async ({ page }) => {
  await page.goto(RESULT);
  await heading(page);
  // Change the first answer: the question shows the current answer marked.
  await page.locator('dl.answers a.change').first().click();
  expect(await node(page)).toMatchObject({ node: 'where-staying' });
  await expect(page.locator('a.option[aria-current="true"]')).toHaveAttribute('data-option', 'host');
  await expectAccessible(page);
  // Own home leads to a different documents question: the later answers no longer apply.
  await choose(page, 'own-home');
  await expect(page).toHaveURL(/\/uk\/registration\/own-home$/);
  expect(await node(page)).toMatchObject({ node: 'home-documents' });

  // Changing the last answer keeps everything before it.
  await page.goto(RESULT);
  await page.locator('dl.answers a.change').nth(2).click();
  expect(await node(page)).toMatchObject({ node: 'host-citizenship' });
  await choose(page, 'other');
  await expect(page).toHaveURL(/\/uk\/registration\/host\/yes\/other$/);
  expect(await node(page)).toMatchObject({ node: 'other-nationality', outcome: true });
});

for (const [path, lang] of [
  ['/uk/registration/%%%', 'uk'],
  ['/ru/registration/host/banana', 'ru'],
  ['/nl/no-such-topic', 'nl'],
  ['/xx/registration', 'en'],
  ['/en/registration/host/yes/ukrainian/extra', 'en'],
  ['/uk/registration?m=GM12', 'uk'],
]) {
  test(`a broken URL shows the error page: ${path}`, async ({ page }) => {
    await page.goto(path);
    const alert = page.locator('main [role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert.locator('h1')).not.toHaveText('');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // A way to start again, in the current language.
    await expect(alert.locator(`a[href="/${lang}/"]`)).toBeVisible();
    await expectAccessible(page);
    await alert.locator(`a[href="/${lang}/"]`).click();
    expect(await node(page)).toMatchObject({ tree: 'start', node: 'who' });
  });
}

test.describe('language from the browser', () => {
  test.use({ locale: 'ru-RU' });
  test('the root redirects to the browser language, and a choice is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await heading(page);
    await page.goto('/nl/');
    await heading(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/nl\/$/);
  });
});
