import { expect, test } from './fixtures';
import { heading, plain } from './helpers';
import { SpeechLog, fakeSpeech } from './page-tools';

// Read-aloud uses the device's own speech synthesis, faked here before the page loads.
const log = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechLog }).__speech);

test('reads the main content in the page language, pauses, continues and stops', async ({ page }) => {
  await page.addInitScript(fakeSpeech, ['en-US', 'uk-UA']);
  await page.goto('/uk/registration/host/yes/ukrainian');
  const h1 = plain(await (await heading(page)).innerText());
  const firstStep = plain(await page.locator('ol.checklist > li').first().innerText());
  const controls = page.locator('.read-aloud');
  await expect(controls).toHaveAttribute('data-state', 'idle');
  await expect(controls.locator('.read-aloud-stop')).toBeDisabled();
  await controls.locator('.read-aloud-toggle').click();
  await expect(controls).toHaveAttribute('data-state', 'speaking');
  const spoken = (await log(page)).spoken;
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken.every((u) => u.lang.startsWith('uk'))).toBe(true);
  const all = spoken.map((u) => u.text).join(' ');
  expect(all).toContain(h1);
  expect(all).toContain(firstStep.split(/(?<=[.!?])\s/)[0]);
  // The controls themselves are not read.
  expect(all).not.toContain(plain(await controls.locator('.read-aloud-stop').innerText()));
  // The sentence being read is highlighted.
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('hw-reading'))).toBe(true);
  await controls.locator('.read-aloud-toggle').click();
  await expect(controls).toHaveAttribute('data-state', 'paused');
  expect((await log(page)).paused).toBe(1);
  await controls.locator('.read-aloud-toggle').click();
  await expect(controls).toHaveAttribute('data-state', 'speaking');
  expect((await log(page)).resumed).toBe(1);
  const cancelled = (await log(page)).cancelled;
  await controls.locator('.read-aloud-stop').click();
  await expect(controls).toHaveAttribute('data-state', 'idle');
  expect((await log(page)).cancelled).toBeGreaterThan(cancelled);
  expect(await page.evaluate(() => CSS.highlights.has('hw-reading'))).toBe(false);
});

test('on a desk card only the page language is read', async ({ page }) => {
  await page.addInitScript(fakeSpeech, ['ru-RU', 'nl-NL']);
  await page.goto('/ru/balie/registration/host/yes/ukrainian');
  const h1 = await heading(page);
  const dutch = plain(await h1.locator('[lang="nl"]').innerText());
  await page.locator('.read-aloud-toggle').click();
  const spoken = (await log(page)).spoken;
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((u) => u.lang.startsWith('ru'))).toBe(true);
  const all = spoken.map((u) => u.text).join(' ');
  expect(all).toContain(plain(await h1.locator('[lang="ru"]').innerText()));
  expect(all).not.toContain(dutch);
});

test('is absent without a voice for the page language', async ({ page }) => {
  await page.addInitScript(fakeSpeech, ['en-US', 'de-DE']);
  await page.goto('/nl/registration/host/yes/ukrainian');
  await heading(page);
  await expect(page.locator('.read-aloud')).toHaveCount(0);
  // The same device reads an English page.
  await page.goto('/en/registration/host/yes/ukrainian');
  await heading(page);
  await expect(page.locator('.read-aloud')).toBeVisible();
});

test('is absent where the browser has no speech synthesis at all', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto('/uk/registration/host/yes/ukrainian');
  await heading(page);
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});
