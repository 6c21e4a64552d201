import { expect, test } from './fixtures';
import { LOCALES, choose, expectAccessible, journeyTables, node } from './helpers';

// One full journey per tree from its journey table, each in a different language.
const tables = [...journeyTables()].filter(([, rows]) => rows.some((r) => r.outcome));

tables.forEach(([tree, rows], i) => {
  const journey = rows.find((r) => r.outcome)!;
  const locale = LOCALES[i % LOCALES.length];
  test(`${tree}: ${journey.answers.join(' → ') || '(start)'} reaches ${journey.outcome} in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/${tree}`);
    for (const answer of journey.answers) {
      await node(page);
      await choose(page, answer);
    }
    expect(await node(page)).toEqual({ tree, node: journey.outcome, outcome: true });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    expect(await page.locator('ol.checklist > li, section article.contact, ul.links > li').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
