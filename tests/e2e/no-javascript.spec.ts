import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LOCALES, expectAccessible as axeOnLivePage, journeyTables, node } from './helpers';

// The portal with JavaScript off: every page is pre-rendered, options, Back, "change",
// the language switcher and the municipality index are plain links.
test.use({ javaScriptEnabled: false });

/**
 * axe needs scripts, so it checks the same address in a second page that runs none of
 * the portal's: its inline scripts are cut from the HTML and its JS and wasm refused.
 */
async function expectAccessible(page: Page) {
  const browser = page.context().browser() as Browser;
  const context = await browser.newContext({ baseURL: process.env.BASE_URL, viewport: { width: 360, height: 740 }, javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'document') {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    } else if (request.resourceType() === 'script' || request.url().endsWith('.wasm')) {
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await copy.goto(page.url());
  await expect(copy.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  await axeOnLivePage(copy);
  await context.close();
}

const STATIC = false;

async function chooseLink(page: import('@playwright/test').Page, option: string) {
  await Promise.all([page.waitForURL(/.*/), page.locator(`a.option[data-option="${option}"]`).click()]);
}

const tables = [...journeyTables()].filter(([, rows]) => rows.some((r) => r.outcome));

tables.forEach(([tree, rows], i) => {
  const journey = rows.find((r) => r.outcome)!;
  // A different rotation from the JavaScript journeys, so each tree is seen in two languages.
  const locale = LOCALES[(i + 1) % LOCALES.length];
  test(`without JavaScript, ${tree} reaches ${journey.outcome} in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/${tree}`);
    for (const answer of journey.answers) {
      await node(page, STATIC);
      await chooseLink(page, answer);
    }
    expect(await node(page, STATIC)).toEqual({ tree, node: journey.outcome, outcome: true });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
    // Everything that does not depend on the municipality is on the page.
    expect(await page.locator('ol.checklist > li').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});

test('without JavaScript, an answer is changed and the language switched by links', async ({ page }) => {
  await page.goto('/ru/registration/host/yes/ukrainian');
  expect(await node(page, STATIC)).toMatchObject({ node: 'register-at-host', outcome: true });
  // "Change" on the first answer leads to that question.
  await page.locator('dl.answers a.change').first().click();
  expect(await node(page, STATIC)).toMatchObject({ tree: 'registration', node: 'where-staying' });
  await chooseLink(page, 'own-home');
  await expect(page).toHaveURL(/\/ru\/registration\/own-home$/);
  expect(await node(page, STATIC)).toMatchObject({ node: 'home-documents' });
  await expectAccessible(page);
  // Back is a link to the previous question.
  await page.locator('a.back-link').click();
  expect(await node(page, STATIC)).toMatchObject({ node: 'where-staying' });
  // The language switcher keeps the position.
  await page.locator('nav.languages a[hreflang="nl"]').click();
  await expect(page).toHaveURL(/\/nl\/registration$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await node(page, STATIC)).toMatchObject({ node: 'where-staying' });
});

test('without JavaScript, the A–Z index leads to a municipality\'s contacts', async ({ page }) => {
  await page.goto('/uk/registration/host/yes/ukrainian');
  await node(page, STATIC);
  await page.locator('article.municipality a[href="/uk/gemeenten"]').click();
  await expect(page.locator('main h1')).toHaveAttribute('data-page', 'municipality-index');
  await expect(page.locator('ul.municipality-list a')).toHaveCount(342);
  await expectAccessible(page);
  await page.locator('ul.municipality-list a[href="/uk/gemeenten/gm1681"]').click();
  await expect(page.locator('main h1')).toHaveAttribute('data-code', 'GM1681');
  await expect(page.locator('a[href="mailto:vluchtelingenoekraine@borger-odoorn.nl"]')).toBeVisible();
  await expect(page.locator('a[href="tel:140591"]')).toBeVisible();
  await expectAccessible(page);
});

test('without JavaScript, an unknown address gets the page in all four languages', async ({ page }) => {
  const response = await page.goto('/uk/no-such-topic');
  expect(response?.status()).toBe(404);
  for (const locale of LOCALES) {
    await expect(page.locator(`section[lang="${locale}"] a[href="/${locale}/"]`)).toBeVisible();
  }
  await expectAccessible(page);
});

test('without JavaScript, the root lists the four languages under one heading, with its alternates', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText('Hulpwijzer');
  for (const locale of LOCALES) {
    await expect(page.locator(`a[href="/${locale}/"][hreflang="${locale}"]`)).toBeVisible();
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${locale}/$`),
    );
  }
  // The root is every page's x-default: it names itself as such and as its canonical.
  const self = /^(https?:\/\/[^/]+)?\/$/;
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', self);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', self);
  await expectAccessible(page);
});

test('each page describes itself for search engines and link previews', async ({ page, request }) => {
  await page.goto('/uk/registration/host/yes/ukrainian');
  const h1 = (await page.locator('main h1').innerText()).trim();
  await expect(page).toHaveTitle(new RegExp(h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'uk_UA');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/uk\/registration\/host\/yes\/ukrainian$/);
  for (const locale of LOCALES) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${locale}/registration/host/yes/ukrainian$`),
    );
  }
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  // An intermediate question is kept out of search results.
  await page.goto('/uk/registration/host');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // The sitemap lists outcomes and topic starts, not intermediate questions.
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/uk/registration/host/yes/ukrainian</loc>');
  expect(sitemap).toContain('/uk/registration</loc>');
  expect(sitemap).not.toContain('/uk/registration/host</loc>');
});
