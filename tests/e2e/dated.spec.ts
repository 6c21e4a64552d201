import { expect, test } from './fixtures';
import { LOCALES, choose, expectAccessible, factValidity, heading, holdsOn, resolveDay } from './helpers';

// The pages follow the device's date once they are live: temporary protection ends on
// 4 March 2027 (inclusive), and from 5 March the same answers lead to the successor
// outcome, without a rebuild. The clock is set before the page loads, so the pre-rendered
// page (made for the build's date) switches when the wasm has hydrated it.

// The first day after temporary protection, from the event (content/events.toml): 2027-03-05
// unless the extension is adopted.
const SWITCH = resolveDay('after:tp-end');
const BEFORE = '2026-12-01';

// (path after the language, outcome before the switch, outcome from 5 March 2027)
const PAGES: [string, string, string][] = [
  ['status/ukrainian/now', 'protection-now', 'since-protection-ended'],
  ['status/ukrainian/after', 'after-protection', 'since-protection-ended'],
  ['registration/host/yes/ukrainian', 'register-at-host', 'register-at-host'],
  ['registration/own-home/yes/ukrainian', 'register-at-home', 'register-at-home'],
  ['work/allowed/employee', 'employee', 'employee-after-tp'],
  ['money/own-contribution', 'own-contribution', 'own-contribution-after-tp'],
];

const facts = factValidity();

/** The facts listed under "Sources" and the checklist's message keys. */
async function shown(page: import('@playwright/test').Page) {
  return {
    facts: await page.locator('ul.sources > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact') ?? '')),
    steps: await page.locator('ol.checklist > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? '')),
  };
}

async function at(page: import('@playwright/test').Page, day: string) {
  // Noon in the Netherlands: the device's local date is `day`.
  await page.clock.setFixedTime(new Date(`${day}T12:00:00+01:00`));
}

for (const [day, which] of [
  [SWITCH, 2],
  [BEFORE, 1],
] as const) {
  for (const locale of LOCALES) {
    test(`on ${day} the dated outcomes show what holds that day (${locale})`, async ({ page }) => {
      await at(page, day);
      for (const [path, before, after] of PAGES) {
        const expected = which === 2 ? after : before;
        await page.goto(`/${locale}/${path}`);
        await heading(page);
        await expect(page.locator('main h1'), `${path} on ${day}`).toHaveAttribute('data-node', expected);
        const { facts: listed, steps } = await shown(page);
        expect(listed.length, `${path}: sources`).toBeGreaterThan(0);
        expect(steps.length, `${path}: steps`).toBeGreaterThan(0);
        // Nothing that has ended is shown as current, nothing that starts later is shown early.
        for (const id of listed) {
          expect(holdsOn(facts.get(id), day), `${path} on ${day} lists fact ${id}`).toBe(true);
        }
        if (path.startsWith('registration/')) {
          // The IND's sticker belongs to temporary protection; after it, the transition document.
          const [now, later] = ['registration-step-ind-appointment', 'registration-step-ind-after-tp'];
          expect(steps).toContain(which === 2 ? later : now);
          expect(steps).not.toContain(which === 2 ? now : later);
          expect(listed).toContain(which === 2 ? 'transition-document-after-tp' : 'ind-proof-of-residence');
        }
        if (path.startsWith('status/')) {
          if (which === 2) {
            expect(listed).toContain('tp-ended');
            expect(listed).not.toContain('tp-end');
            expect(steps).toContain('status-step-ended');
            expect(steps).not.toContain('status-step-decided');
            expect(steps).not.toContain('status-step-not-decided');
          } else {
            expect(listed).toContain('tp-end');
            expect(listed).not.toContain('tp-ended');
            expect(steps).not.toContain('status-step-ended');
          }
        }
      }
    });
  }
}

test('on 5 March 2027 answering the status questions leads to what is known since protection ended', async ({ page }) => {
  await at(page, SWITCH);
  await page.goto('/uk/status');
  await heading(page);
  await choose(page, 'ukrainian');
  await expect(page.locator('main h1')).toHaveAttribute('data-node', 'question');
  await choose(page, 'now');
  await expect(page.locator('main h1')).toHaveAttribute('data-node', 'since-protection-ended');
  await expect(page).toHaveURL(/\/uk\/status\/ukrainian\/now$/);
  expect((await shown(page)).facts).toContain('tp-ended');
  await expectAccessible(page);
});

test('the pre-rendered page shows the build day, and switches to the device day once live', async ({ browser, page }) => {
  // Without JavaScript: the content of the day the page was built for (`<meta name="hw-date">`).
  const still = await browser.newContext({ javaScriptEnabled: false });
  const html = await still.newPage();
  await html.goto('/en/status/ukrainian/after');
  const built = (await html.locator('meta[name="hw-date"]').getAttribute('content')) ?? '';
  expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const builtOutcome = built >= SWITCH ? 'since-protection-ended' : 'after-protection';
  await expect(html.locator('main h1')).toHaveAttribute('data-node', builtOutcome);
  await still.close();
  // Live, on a device whose date is 5 March 2027: the successor.
  await at(page, SWITCH);
  await page.goto('/en/status/ukrainian/after');
  await heading(page);
  await expect(page.locator('main h1')).toHaveAttribute('data-node', 'since-protection-ended');
  // It says so, naming the day the copy without JavaScript was made for.
  const notice = page.locator('main .updated-for-today');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toHaveAttribute('data-rendered-on', built);
});

test('a page that shows the same on the switch day says nothing about changes', async ({ page }) => {
  // The emergency page of the safety topic: what it shows on the build day and on the switch
  // day, read from the page itself.
  const path = '/en/safety/yes';
  const today = new Date().toISOString().slice(0, 10);
  const seen: unknown[] = [];
  for (const day of [today, SWITCH]) {
    await at(page, day);
    await page.goto(path);
    await heading(page);
    seen.push({ node: await page.locator('main h1').getAttribute('data-node'), ...(await shown(page)) });
  }
  expect(seen[1], 'the same page on both days').toEqual(seen[0]);
  await expect(page.locator('main .updated-for-today')).toHaveCount(0);
});

test('a page read on the day it was built for, or earlier, says nothing about changes', async ({ page, request }) => {
  const html = await (await request.get('/en/status/ukrainian/after')).text();
  const built = /<meta name="hw-date" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? '';
  expect(built, 'hw-date').not.toBe('');
  const builtOutcome = built >= SWITCH ? 'since-protection-ended' : 'after-protection';
  for (const day of [BEFORE, built]) {
    await at(page, day);
    await page.goto('/en/status/ukrainian/after');
    await heading(page);
    await expect(page.locator('main h1')).toHaveAttribute('data-node', day >= SWITCH ? 'since-protection-ended' : builtOutcome);
    await expect(page.locator('main .updated-for-today'), day).toHaveCount(0);
  }
});
