import { expect, test } from './fixtures';
import { expectAccessible, heading, plain } from './helpers';
import { fakeSpeech, pdfPages } from './page-tools';

// "Show to the person at the desk": every outcome with a desk (`desk = true`) has a card with the reader's language and Dutch side
// by side (Dutch and Ukrainian for Dutch readers), pre-rendered, one A4 page in print.
const OUTCOME = 'registration/host/yes/ukrainian';

async function texts(list: import('@playwright/test').Locator): Promise<string[]> {
  return (await list.allInnerTexts()).map(plain);
}

for (const [locale, other] of [
  ['uk', 'nl'],
  ['ru', 'nl'],
  ['nl', 'uk'],
] as const) {
  test(`the desk card in ${locale}+${other} has both headings and every step in both`, async ({ page }) => {
    // The other language's own outcome page: the card repeats exactly its steps.
    await page.goto(`/${other}/${OUTCOME}`);
    await heading(page);
    const otherSteps = await texts(page.locator('ol.checklist > li'));
    await page.goto(`/${locale}/${OUTCOME}`);
    await heading(page);
    const ownSteps = await texts(page.locator('ol.checklist > li'));
    const ownHeading = plain(await page.locator('main h1').innerText());
    await page.locator('a#desk-link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/balie/${OUTCOME}$`));
    const h1 = await heading(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(h1).toHaveAttribute('data-desk', 'true');
    await expect(h1.locator(`[lang="${locale}"]`)).toHaveCount(1);
    await expect(h1.locator(`[lang="${other}"]`)).toHaveCount(1);
    expect(plain(await h1.locator(`[lang="${locale}"]`).innerText())).toBe(ownHeading);
    expect(plain(await h1.locator(`[lang="${other}"]`).innerText())).not.toBe('');
    const steps = page.locator('ol.desk-steps > li');
    await expect(steps).toHaveCount(ownSteps.length);
    for (let i = 0; i < ownSteps.length; i++) {
      await expect(steps.nth(i).locator('[lang]')).toHaveCount(2);
    }
    expect(await texts(page.locator(`ol.desk-steps > li > [lang="${locale}"]`))).toEqual(ownSteps);
    expect(await texts(page.locator(`ol.desk-steps > li > [lang="${other}"]`))).toEqual(otherSteps);
    // What to bring, and the Dutch words, in both languages.
    const bring = page.locator('ul.desk-bring > li');
    expect(await bring.count()).toBeGreaterThan(0);
    expect(await page.locator(`ul.desk-bring > li > [lang="${locale}"]`).count()).toBe(await bring.count());
    expect(await page.locator(`ul.desk-bring > li > [lang="${other}"]`).count()).toBe(await bring.count());
    const terms = page.locator('dl.desk-terms > .term');
    expect(await terms.count()).toBeGreaterThan(0);
    expect(await page.locator(`dl.desk-terms dt[lang="${locale}"]`).count()).toBe(await terms.count());
    expect(await page.locator(`dl.desk-terms dd[lang="${other}"]`).count()).toBe(await terms.count());
    // Back to the full page.
    await page.locator('.desk-tools a').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/${OUTCOME}$`));
    await heading(page);
  });
}

test('the desk card of the registration outcome prints on one A4 page', async ({ page }) => {
  for (const url of [`/uk/balie/${OUTCOME}`, `/ru/balie/${OUTCOME}?m=GM1681`]) {
    await page.goto(url);
    await heading(page);
    if (url.includes('?m=')) await expect(page.locator('.desk article.municipality h3')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf), url).toBe(1);
  }
});

test('the desk card shows the chosen municipality once live', async ({ page }) => {
  await page.goto(`/uk/balie/${OUTCOME}?m=GM1681`);
  await heading(page);
  await expect(page.locator('.desk article.municipality a[href="tel:140591"]')).toBeVisible();
  await expectAccessible(page);
});

test('axe finds nothing on desk cards with read-aloud and the exit button', async ({ page }) => {
  await page.addInitScript(fakeSpeech, ['uk-UA', 'nl-NL']);
  await page.goto(`/uk/balie/${OUTCOME}`);
  await heading(page);
  await expect(page.locator('.read-aloud button')).toHaveCount(2);
  await expectAccessible(page);
  // A marked outcome's card: both controls.
  await page.goto('/uk/balie/safety/no/host');
  await heading(page);
  await expect(page.locator('.read-aloud')).toBeVisible();
  await expect(page.locator('a.quick-exit-button')).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the desk card is complete, with the A–Z list for the municipality', async ({ page }) => {
    await page.goto(`/ru/${OUTCOME}`);
    await heading(page, false);
    const count = await page.locator('ol.checklist > li').count();
    await page.locator('a#desk-link').click();
    await expect(page).toHaveURL(new RegExp(`/ru/balie/${OUTCOME}$`));
    const h1 = await heading(page, false);
    await expect(h1.locator('[lang="ru"]')).toHaveCount(1);
    await expect(h1.locator('[lang="nl"]')).toHaveCount(1);
    await expect(page.locator('ol.desk-steps > li')).toHaveCount(count);
    await expect(page.locator('ol.desk-steps > li > [lang="nl"]')).toHaveCount(count);
    await expect(page.locator('.desk a[href="/ru/gemeenten"]')).toBeVisible();
    await expect(page.locator('.read-aloud')).toHaveCount(0);
    await expect(page.locator('.desk-tools button')).toHaveCount(0);
  });
});
