import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, ROOT } from './helpers';
import { expectFits, hostPage, HostSite, PORTAL, portalFrame } from './embed-host';

// Every theme, embedded on another origin: its primary button has the colour its own tokens
// give, and axe finds nothing on a question, an outcome and the form (also with its errors).
const THEMES: Record<string, string> = {
  portal: 'style/tokens.css',
  ...Object.fromEntries(
    readFileSync(join(ROOT, 'style', 'themes.toml'), 'utf8')
      .split('\n')
      .map((line) => /^([a-z0-9]+)\s*=.*tokens\s*=\s*"([^"]+)"/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  ),
};
const TOKEN = '--utrecht-button-primary-action-background-color';

/** A token's value in a tokens file, following `var(--…)` references within it. */
function tokenValue(file: string, name: string, depth = 0): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const match = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(text);
  expect(match, `${name} in ${file}`).not.toBeNull();
  const value = match![1].trim();
  const reference = /^var\((--[a-z0-9-]+)\)$/.exec(value);
  return reference && depth < 10 ? tokenValue(file, reference[1], depth + 1) : value;
}

/** How the browser computes a CSS colour (so `hsl(…)` and `#…` compare with `rgb(…)`). */
async function computed(frame: Frame, colour: string): Promise<string> {
  return frame.evaluate((c) => {
    const probe = document.createElement('i');
    probe.style.color = c;
    document.body.append(probe);
    const out = getComputedStyle(probe).color;
    probe.remove();
    return out;
  }, colour);
}

let host: HostSite;
test.beforeAll(async () => {
  host = await HostSite.start('127.0.0.2');
});
test.afterAll(async () => host.stop());

async function open(page: Page, frame: Frame, path: string) {
  await frame.goto(`${PORTAL}${path}`);
  await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(frame.locator('main h1')).not.toHaveText('');
}

for (const [theme, file] of Object.entries(THEMES)) {
  test(`theme ${theme}: its token colours the primary button; axe passes on every kind of page`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(host.page(`/${theme}`, hostPage(`data-theme="${theme}" data-municipality="GM0363" data-lang="en" data-start="hosting-check"`)));
    const { element, frame } = await portalFrame(page);
    if (theme !== 'portal') await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page);
    // An outcome without the form (later pages of the frame keep the theme).
    await open(page, frame, '/en/registration/host/yes/ukrainian?m=GM0363');
    if (theme !== 'portal') await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page);
    // The outcome with the form, then the form with its errors.
    await open(page, frame, '/en/hosting-check/yes/yes/yes/yes/yes/yes?m=GM0363');
    const submit = frame.locator('#hi-submit');
    await expect(submit).toBeVisible();
    const want = await computed(frame, tokenValue(file, TOKEN));
    expect(await submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(want);
    await expectAccessible(page);
    // The form arrives after the page (once the endpoint has said the municipality takes
    // offers) and the host page resizes the frame a moment later: click only once the
    // frame fits its content, so the button is where the click lands.
    await expectFits(element, frame);
    await submit.click();
    await expect(frame.locator('.error-summary')).toBeVisible();
    await expectFits(element, frame);
    await expectAccessible(page);
  });
}
