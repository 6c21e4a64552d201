import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, heading } from './helpers';
import { fakeSpeech } from './page-tools';

// Actions look like actions (issue 22): on a 360 px phone, every visible button and every
// link meant as an action uses an NL Design System (Utrecht) button class, and every tap
// target of the journeys is at least 44 × 44 CSS px (WCAG 2.5.8 enhanced, 2.5.5).

/** The one definition of an action: buttons, and links that do something rather than read on. */
const ACTIONS = [
  'button',
  '[role="button"]',
  'a[class*="button"]', // styled as a button (Utrecht's button link, the quick exit, the old `.button`)
  'a#desk-link', // the desk card
  'dl.answers a', // "change" an answer
  '.desk-tools a', // back from the desk card
  '.share a', // sharing
].join(', ');

/** Tap targets: the actions, the answers of a question and its shortcuts, and the way back. */
const TARGETS = `${ACTIONS}, ul.options a, section.asked-often a, a.back-link`;

const MIN = 44;

/** One page of each kind, with what must be on it (so a missing page cannot pass). */
const PAGES: { kind: string; path: string; expects: string }[] = [
  { kind: 'home', path: '/', expects: 'section.asked-often a' },
  { kind: 'question', path: '/registration', expects: 'ul.options a' },
  { kind: 'outcome', path: '/registration/host/yes/ukrainian?m=GM1681', expects: 'a#desk-link' },
  { kind: 'desk card', path: '/balie/registration/host/yes/ukrainian?m=GM1681', expects: '.desk-tools a' },
  { kind: 'municipality', path: '/gemeenten/gm0363', expects: 'a.back-link' },
  { kind: 'form', path: '/hosting-check/yes/yes/yes/yes/yes/yes?m=GM0363', expects: 'dl.answers a' },
  { kind: 'marked outcome', path: '/safety/no/host', expects: 'a.quick-exit-button' },
];

/** Every visible action without its NL Design System class, and every target under MIN px. */
async function problems(page: Page): Promise<{ unstyled: string[]; small: string[] }> {
  return page.evaluate(
    ({ actions, targets, min }) => {
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const name = (e: Element) =>
        `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent || '').trim().slice(0, 30)}"`;
      const unstyled = [...document.querySelectorAll(actions)]
        .filter(visible)
        .filter((e) => !e.classList.contains(e.tagName === 'A' ? 'utrecht-button-link' : 'utrecht-button'))
        .map(name);
      const small = [...document.querySelectorAll(targets)]
        .filter(visible)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
        .map(({ e, r }) => `${name(e)}: ${Math.round(r.width)} × ${Math.round(r.height)}`);
      return { unstyled, small };
    },
    { actions: ACTIONS, targets: TARGETS, min: MIN },
  );
}

test.use({ viewport: { width: 360, height: 740 } });

for (const locale of ['uk', 'nl'] as const) {
  for (const { kind, path, expects } of PAGES) {
    const url = path === '/' ? `/${locale}/` : `/${locale}${path}`;
    test(`${kind} in ${locale}: every action is an NL Design System button of at least ${MIN} px`, async ({ page }) => {
      await page.addInitScript(fakeSpeech, ['uk-UA', 'nl-NL']);
      await page.goto(url);
      await heading(page);
      await expect(page.locator(expects).first()).toBeVisible();
      const found = await problems(page);
      expect(found.unstyled, `actions without an NL Design System button class on ${url}`).toEqual([]);
      expect(found.small, `tap targets under ${MIN} px on ${url}`).toEqual([]);
      await expect(page.locator('.button')).toHaveCount(0);
    });
  }
}

test('the desk card is offered only on outcomes with a desk', async ({ page }) => {
  for (const [path, desk] of [
    ['/uk/registration/host/yes/ukrainian', true],
    ['/uk/health/emergency', false],
  ] as const) {
    await page.goto(path);
    await heading(page);
    await expect(page.locator('h1[data-outcome="true"]')).toHaveCount(1);
    await expect(page.locator('a#desk-link')).toHaveCount(desk ? 1 : 0);
  }
  // No card is generated for an outcome without a desk.
  const response = await page.request.get('/uk/balie/health/emergency');
  expect(response.status()).toBe(404);
});

test('axe finds nothing on the restyled actions', async ({ page }) => {
  await page.addInitScript(fakeSpeech, ['uk-UA', 'nl-NL']);
  for (const url of ['/uk/balie/registration/host/yes/ukrainian', '/nl/registration/host/yes/ukrainian']) {
    await page.goto(url);
    await heading(page);
    await expectAccessible(page);
  }
});
