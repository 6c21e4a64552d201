import { expect, test } from './fixtures';
import { expectAccessible, heading } from './helpers';

// An outcome that shows the user's municipality.
const LOCAL = '/en/registration/host/yes/ukrainian';

test('postcode 9531 finds Borger-Odoorn and shows its local details', async ({ page }) => {
  await page.goto(LOCAL);
  await heading(page);
  const card = page.locator('article.municipality');
  await card.getByRole('searchbox').fill('9531');
  await card.locator('ul.results button').first().click();
  await expect(page).toHaveURL(/m=GM1681/);
  await expect(page.locator('article.municipality h3')).toHaveText('Borger-Odoorn');
  await expect(page.locator('article.municipality a[href="mailto:vluchtelingenoekraine@borger-odoorn.nl"]')).toBeVisible();
  await expect(page.locator('article.municipality a[href="tel:140591"]')).toBeVisible();
  await expectAccessible(page);
  // The choice is remembered for the next visit without ?m=.
  await page.goto(LOCAL);
  await expect(page).toHaveURL(/m=GM1681/);
});

test('"den haag" finds \'s-Gravenhage first', async ({ page }) => {
  await page.goto(LOCAL);
  await heading(page);
  await page.locator('article.municipality').getByRole('searchbox').fill('den haag');
  await expect(page.locator('article.municipality ul.results button').first()).toContainText("'s-Gravenhage");
});

test('an unknown postcode gets a clear message and the name search still works', async ({ page }) => {
  await page.goto(LOCAL);
  await heading(page);
  const search = page.locator('article.municipality').getByRole('searchbox');
  await search.fill('1000');
  const status = page.locator('article.municipality [role="status"]');
  await expect(status).toContainText('1000');
  await expect(page.locator('article.municipality ul.results')).toHaveCount(0);
  await expectAccessible(page);
  await search.fill('Utrecht');
  await expect(page.locator('article.municipality ul.results button').first()).toContainText('Utrecht');
});

test('an unknown municipality code in the URL is reported and can be replaced', async ({ page }) => {
  await page.goto(`${LOCAL}?m=GM9998`);
  await heading(page);
  await expect(page.locator('article.municipality [role="alert"]')).toBeVisible();
  await page.locator('article.municipality').getByRole('searchbox').fill('Almere');
  await page.locator('article.municipality ul.results button').first().click();
  await expect(page).toHaveURL(/m=GM0034/);
});
