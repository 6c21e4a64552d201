import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LOCALES, ROOT, choose, expectAccessible, heading, node } from './helpers';
import { cachedPaths, controlled } from './service-worker';

// Search in the reader's language (decision 29): on the A–Z page, the answers that match the
// words people use. The test set (search-questions.json) holds real questions per language
// and the answers that answer them; one of them must be among the first three results for at
// least 90 % of a language's questions.

interface Question {
  q: string;
  expect: string[];
}

const QUESTIONS: Record<string, Question[]> = JSON.parse(readFileSync(join(ROOT, 'tests', 'e2e', 'search-questions.json'), 'utf8'));
const SHARE = 0.9;

/** Searches `query` with the form, as a reader does; returns the ids of the answers found. */
async function search(page: Page, query: string): Promise<string[]> {
  const field = page.locator('form[data-search] input[name="q"]');
  await field.fill(query);
  await field.press('Enter');
  const results = page.locator('[data-search-results]');
  await expect(results.locator('h2')).toBeFocused();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
  return results.locator('a[data-outcome]').evaluateAll((links) => links.map((a) => a.getAttribute('data-outcome') ?? ''));
}

/** The share of `questions` with an expected answer in the first three results. */
async function hitRate(page: Page, questions: Question[]) {
  const misses: string[] = [];
  for (const question of questions) {
    const found = await search(page, question.q);
    if (!found.slice(0, 3).some((id) => question.expect.includes(id))) misses.push(`${question.q} → ${found.slice(0, 3).join(', ')}`);
  }
  return { rate: (questions.length - misses.length) / questions.length, misses };
}

for (const locale of LOCALES) {
  test(`the test questions in ${locale} find their answer in the first three`, async ({ page }) => {
    const questions = QUESTIONS[locale];
    expect(questions.length).toBeGreaterThanOrEqual(10);
    await page.goto(`/${locale}/onderwerpen`);
    await expect(page.locator('form[data-search]')).toBeVisible();
    const { rate, misses } = await hitRate(page, questions);
    expect(rate, `misses: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(SHARE);
  });
}

test('arriving with words shows their answers, each opens its page, and words that match nothing say so', async ({ page }) => {
  await page.goto(`/uk/onderwerpen?q=${encodeURIComponent('українські права')}`);
  await expect(page.locator('form[data-search] input[name="q"]')).toHaveValue('українські права');
  const first = page.locator('[data-search-results] a[data-outcome]').first();
  await expect(first).toHaveAttribute('data-outcome', 'travel/driving');
  await expectAccessible(page);
  await first.click();
  expect(await node(page)).toMatchObject({ tree: 'travel', node: 'driving', outcome: true });
  await page.goBack();
  // Back: the words are still in the address and the field.
  await expect(page.locator('form[data-search] input[name="q"]')).toHaveValue('українські права');

  expect(await search(page, 'zzzxq')).toEqual([]);
  await expect(page.locator('[data-search-results] p')).not.toBeEmpty();
  // The A–Z list stays below the results.
  await expect(page.locator('main section ul.links > li').first()).toBeVisible();
});

test('an index that does not load says so, and the list stays', async ({ page }) => {
  await page.route('**/search/*.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/en/onderwerpen');
  await expect(page.locator('[data-search-results] p')).not.toBeEmpty();
  await expect(page.locator('form[data-search]')).toBeHidden();
  await expect(page.locator('main section ul.links > li').first()).toBeVisible();
});

test('after one visit, search works offline', async ({ page, context }) => {
  await page.goto('/ru/');
  await heading(page);
  await controlled(page);
  // The worker keeps the visited language's A–Z page, its index and the search module.
  await expect
    .poll(async () => (await cachedPaths(page)).filter((p) => p === '/ru/onderwerpen' || /^\/search\/ru-[0-9a-f]+\.json$/.test(p) || /^\/search-[0-9a-f]+\.js$/.test(p)).length, {
      timeout: 20_000,
    })
    .toBe(3);
  await context.setOffline(true);
  await page.goto('/ru/onderwerpen');
  await expect(page.locator('form[data-search]')).toBeVisible();
  const { rate } = await hitRate(page, QUESTIONS.ru);
  expect(rate).toBeGreaterThanOrEqual(SHARE);
  await context.setOffline(false);
});

test('the home page and the topic menus carry the field, which searches the A–Z page', async ({ page }) => {
  await page.goto('/uk/');
  await heading(page);
  const field = page.locator('main form[role="search"] input[name="q"]');
  await field.fill('українські права');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/uk\/onderwerpen\?q=/);
  await expect(page.locator('[data-search-results] a[data-outcome]').first()).toHaveAttribute('data-outcome', 'travel/driving');

  // Reached inside the app, the menus for refugees and hosts have it too; a topic's question does not.
  await page.goto('/uk/');
  await heading(page);
  await choose(page, 'refugee');
  await expect(page.locator('main h1')).toHaveAttribute('data-node', 'topic');
  await expect(page.locator('main form[role="search"]')).toBeVisible();
  await choose(page, 'registration');
  await expect(page.locator('main h1')).toHaveAttribute('data-tree', 'registration');
  await expect(page.locator('main form[role="search"]')).toHaveCount(0);
  await page.goto('/en/host');
  await heading(page);
  await expect(page.locator('main form[role="search"] button[type="submit"]')).toHaveClass(/utrecht-button/);
});
