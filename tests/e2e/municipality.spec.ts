import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expectAccessible, heading } from './helpers';

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

test('a place name finds its municipality: "Exloo" offers Borger-Odoorn', async ({ page }) => {
  // Exloo is one of the places the national register lists for Borger-Odoorn (places.csv).
  expect(readFileSync(join(ROOT, 'content', 'municipalities', 'places.csv'), 'utf8')).toContain('\nExloo,GM1681\n');
  await page.goto(LOCAL);
  await heading(page);
  await page.locator('article.municipality').getByRole('searchbox').fill('Exloo');
  const first = page.locator('article.municipality ul.results button').first();
  await expect(first).toContainText('Borger-Odoorn');
  await first.click();
  await expect(page).toHaveURL(/m=GM1681/);
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

// Local details read from content/local/*.toml: whatever a file gives is shown with its own
// source, and a municipality without a file shows only its website.
function localFile(code: string): string {
  return readFileSync(join(ROOT, 'content', 'local', `${code}.toml`), 'utf8');
}

test('leefgeld and a place for people from Ukraine are shown with their own sources', async ({ page }) => {
  // Utrecht: where leefgeld is arranged (a page and an e-mail address), from content/local/GM0344.toml.
  const utrecht = localFile('GM0344');
  const leefgeldUrl = /\[leefgeld\][^[]*?\nurl = "([^"]+)"/.exec(utrecht)?.[1];
  const leefgeldEmail = /\[leefgeld\][^[]*?\nemail = "([^"]+)"/.exec(utrecht)?.[1];
  expect(leefgeldUrl && leefgeldEmail).toBeTruthy();
  await page.goto(`${LOCAL}?m=GM0344`);
  await heading(page);
  const leefgeld = page.locator('article.municipality .local-leefgeld');
  await expect(leefgeld.locator(`:scope > a[href="${leefgeldUrl}"]`)).toBeVisible();
  await expect(leefgeld.locator(`:scope > a[href="mailto:${leefgeldEmail}"]`)).toBeVisible();
  await expect(leefgeld.locator('.checked a')).toHaveCount(1);
  await expectAccessible(page);
  // Rotterdam: a meeting place, its name and address exactly as the file (and the page) write them.
  const rotterdam = localFile('GM0599');
  const name = /\[meeting_place\][^[]*?\nname = "([^"]+)"/.exec(rotterdam)?.[1] ?? '';
  const address = /\[meeting_place\][^[]*?\naddress = "([^"]+)"/.exec(rotterdam)?.[1] ?? '';
  await page.goto(`${LOCAL}?m=GM0599`);
  await heading(page);
  const place = page.locator('article.municipality .local-place');
  await expect(place).toContainText(name);
  await expect(place).toContainText(address);
  // Amsterdam has no file: no local details, only its own website.
  await page.goto(`${LOCAL}?m=GM0363`);
  await heading(page);
  await expect(page.locator('article.municipality h3')).toHaveText('Amsterdam');
  await expect(page.locator('article.municipality .local-leefgeld, article.municipality .local-place')).toHaveCount(0);
});

test('a municipality without a card of its own is reachable: the register\'s number, address and appointment page', async ({ page }) => {
  // Eindhoven has no file in content/local/: everything below comes from the national
  // register's row (register.csv), through the municipality table the app fetches.
  const row = readFileSync(join(ROOT, 'content', 'municipalities', 'register.csv'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('GM0772,'));
  expect(row).toBeDefined();
  const [, phone, street, postcode, place, appointment] = (row ?? '').split(',');
  await page.goto(`${LOCAL}?m=GM0772`);
  await heading(page);
  const card = page.locator('article.municipality');
  await expect(card.locator('h3')).toHaveText('Eindhoven');
  await expect(card.locator(`a.channel.phone[href="tel:${phone.replace(/\D/g, '')}"]`)).toBeVisible();
  await expect(card.locator(`a.channel.web[href="${appointment}"]`)).toBeVisible();
  await expect(card).toContainText(`${street}, ${postcode} ${place}`);
  const source = card.locator('p.checked[data-check="verified-in-register-on"]');
  await expect(source).toHaveCount(1);
  await expect(source.locator('a')).toHaveAttribute('href', 'https://organisaties.overheid.nl/');
  await expectAccessible(page);
});
