import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectAccessible, heading, LOCALES, ROOT } from './helpers';

// A municipality that has not registered a key with the endpoint (Almere, GM0034; the
// stack registers only GM0363 and GM1681) takes no offers: its hosting outcome shows no
// form, but says so honestly and shows how to reach the municipality, in every language.
const NOT_TAKING = 'GM0034';
const TAKING = 'GM1681';
const OUTCOME = '/hosting-check/yes/yes/yes/yes/yes/yes';
const WITH_ENDPOINT = process.env.BASE_URL;

test.use({ viewport: { width: 360, height: 740 } });

/** The text of `key` in `locale`'s form messages. */
function message(locale: string, key: string): string {
  const text = readFileSync(join(ROOT, 'locales', locale, 'form.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} = `));
  expect(line, `${key} in ${locale}`).toBeTruthy();
  return (line ?? '').slice(key.length + 3).trim();
}

for (const locale of LOCALES) {
  test(`a municipality that takes no offers shows no form, and says so (${locale})`, async ({ page }) => {
    await page.goto(`${WITH_ENDPOINT}/${locale}${OUTCOME}?m=${NOT_TAKING}`);
    await heading(page);
    const note = page.locator('[data-form="not-taking"]');
    await expect(note).toHaveText(message(locale, 'form-not-taking-offers'));
    await expect(page.locator('form, #hi-name')).toHaveCount(0);
    // How to reach the municipality instead: its card.
    await expect(page.locator('#who-can-help')).toBeVisible();
    const card = page.locator('article.contact.municipality');
    await expect(card.locator('h3')).toHaveText('Almere');
    await expect(card.locator('ul.channels a').first()).toBeVisible();
    await expectAccessible(page);
  });
}

test('a municipality that takes offers shows the form, listing only those that do', async ({ page }) => {
  await page.goto(`${WITH_ENDPOINT}/nl${OUTCOME}?m=${TAKING}`);
  await heading(page);
  await expect(page.locator('[data-form="not-taking"]')).toHaveCount(0);
  const select = page.locator('#hi-municipality');
  await expect(select).toHaveValue(TAKING);
  const codes = await select.locator('option').evaluateAll((options) =>
    options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
  );
  expect(codes.sort()).toEqual(['GM0363', 'GM1681']);
});
