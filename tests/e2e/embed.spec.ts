import { expect, test } from './fixtures';
import { heading } from './helpers';
import { expectFits, hostPage, HostSite, PORTAL, portalFrame } from './embed-host';

// The portal embedded by embed.js in a page of another origin (a second loopback address).
let host: HostSite;
let other: HostSite;
test.beforeAll(async () => {
  host = await HostSite.start('127.0.0.2');
  other = await HostSite.start('localhost');
});
test.afterAll(async () => {
  await host.stop();
  await other.stop();
});

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test(`the frame grows and shrinks with every page, without a scrollbar (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(host.page('/hosting', hostPage('data-municipality="GM0363" data-lang="en" data-start="hosting-check"')));
    const { element, frame } = await portalFrame(page);
    expect(await element.getAttribute('title')).toContain('Hulpwijzer');
    await expect(frame.locator('main h1')).toHaveAttribute('data-tree', 'hosting-check');
    await expectFits(element, frame);
    const heights = new Set<number>();
    // Six answers lead to the outcome with the host-interest form.
    for (let step = 0; step < 6; step++) {
      // The reader has scrolled down to the frame's end before answering.
      await page.evaluate(() => {
        const f = document.querySelector('iframe')!;
        scrollTo(0, scrollY + f.getBoundingClientRect().bottom - innerHeight);
      });
      await frame.locator('a.option[data-option="yes"]').click();
      await expect(frame.locator('main h1')).toHaveAttribute('data-node', /.+/);
      await expectFits(element, frame);
      heights.add(Math.round((await element.boundingBox())!.height));
      // The new page's top is in view on the host page.
      const top = await element.evaluate((f) => f.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(viewport.height);
    }
    await expect(frame.locator('main h1')).toHaveAttribute('data-outcome', 'true');
    await expect(frame.locator('.host-form form')).toBeVisible();
    await expectFits(element, frame);
    // A broken address inside the frame: the error page, still fitted.
    await frame.goto(`${PORTAL}/en/no-such-topic`);
    await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true');
    await expect(frame.locator('main h1')).not.toHaveText('');
    await expect(frame.locator('html')).toHaveAttribute('data-embed', host.origin);
    await expectFits(element, frame);
    heights.add(Math.round((await element.boundingBox())!.height));
    expect(heights.size, 'the frame changed height with its content').toBeGreaterThan(1);
  });
}

test('messages from a third origin change nothing on either side', async ({ page }) => {
  const third = other.page('/third', '<!doctype html><html lang="nl"><head><title>Ander</title></head><body><p>ander</p></body></html>');
  const extra = `<iframe src="${third}" title="Andere site" style="height:4rem"></iframe>
<script>window.fromPortal=0;addEventListener('message',e=>{if(e.origin===${JSON.stringify(PORTAL)})window.fromPortal++})</script>`;
  await page.goto(host.page('/third-party', hostPage('data-lang="nl" data-start="registration"', { extra })));
  const { element, frame } = await portalFrame(page);
  await expectFits(element, frame);
  await page.waitForTimeout(500);
  const before = { height: await element.evaluate((f) => f.style.height), messages: await page.evaluate(() => (window as any).fromPortal) };
  const intruder = page.frames().find((f) => f.url().startsWith(other.origin))!;
  await intruder.evaluate(() => {
    const fake = { hulpwijzer: 1, type: 'navigate', height: 7 };
    parent.postMessage(fake, '*');
    for (let i = 0; i < parent.frames.length; i++) {
      parent.frames[i].postMessage({ hulpwijzer: 1, type: 'measure' }, '*');
      parent.frames[i].postMessage(fake, '*');
    }
  });
  await page.waitForTimeout(800);
  expect(await element.evaluate((f) => f.style.height)).toBe(before.height);
  expect(await page.evaluate(() => (window as any).fromPortal), 'the portal answered a stranger').toBe(before.messages);
  await expectFits(element, frame);
});

test('the snippet fixes municipality and topic; the language follows the host page', async ({ page }) => {
  await page.goto(host.page('/uk', hostPage('data-municipality="GM0344" data-lang="auto" data-start="registration"', { lang: 'uk' })));
  const { element, frame } = await portalFrame(page);
  expect(new URL(frame.url()).pathname).toBe('/uk/registration');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(frame.locator('main h1')).toHaveAttribute('data-tree', 'registration');
  for (const option of ['host', 'yes', 'ukrainian']) {
    await frame.locator(`a.option[data-option="${option}"]`).click();
    await expect.poll(() => frame.url()).toMatch(/m=GM0344/);
  }
  const card = frame.locator('article.municipality');
  await expect(card.locator('h3')).toHaveText('Utrecht');
  // Fixed by the snippet: no search, no other municipality.
  await expect(card.getByRole('searchbox')).toHaveCount(0);
  await expect(card.locator('button')).toHaveCount(0);
  // The full site, in a new tab, at the same page; the share links point there too.
  const full = frame.locator('a.full-site');
  await expect(full).toHaveAttribute('target', '_blank');
  const href = await full.getAttribute('href');
  expect(href).toMatch(/\/uk\/registration\/host\/yes\/ukrainian\?m=GM0344$/);
  expect(href).not.toContain('embed');
  const whatsapp = await frame.locator('.share a').first().getAttribute('href');
  expect(decodeURIComponent(whatsapp!.split('text=')[1])).toBe(href);
  await expectFits(element, frame);
});

test('data-lang="auto" falls back to the browser when the host page is in another language', async ({ page }) => {
  await page.goto(host.page('/de', hostPage('data-lang="auto"', { lang: 'de' })));
  const { frame } = await portalFrame(page);
  // The browser's language is en-US (playwright.config.ts).
  expect(new URL(frame.url()).pathname).toBe('/en/');
});

test('with JavaScript off on the host page, the fallback link leads to the portal', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(host.page('/nojs', hostPage('data-lang="nl"')));
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.locator('[data-hulpwijzer] a').click();
  await expect(page).toHaveURL(`${PORTAL}/nl/`);
  await heading(page, false);
  await context.close();
});

/** A marked page (abuse and crisis help) in the frame, which stays embedded. */
const MARKED = '/nl/health/mind/yes';
const NEUTRAL = /^https:\/\/www\.buienradar\.nl\/?$/;

for (const how of ['the button', 'Shift three times', 'the button before the app has loaded'] as const) {
  test(`"leave this page quickly" in the frame replaces the municipality's page (${how})`, async ({ page, context }) => {
    // No request leaves the machine: the neutral site is answered here.
    await context.route('https://www.buienradar.nl/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>weer</title><p>weer</p>' }),
    );
    const before = how === 'the button before the app has loaded';
    // Before the app has loaded: it never does.
    if (before) await context.route(/\.wasm$/, (route) => route.abort());
    await page.goto(host.page(`/exit-${how.length}`, hostPage('data-municipality="GM0363" data-lang="nl"')));
    const element = page.locator('iframe[data-hulpwijzer-frame]');
    await expect(element).toHaveCount(1);
    const frame = (await (await element.elementHandle())!.contentFrame())!;
    await expect(frame.locator('html')).toHaveAttribute('data-embed', host.origin);
    await frame.goto(`${PORTAL}${MARKED}`);
    await expect(frame.locator('html')).toHaveAttribute('data-embed', host.origin);
    const exit = frame.locator('a.quick-exit-button');
    await expect(exit).toBeVisible();
    if (before) {
      await page.waitForTimeout(500);
      await expect(frame.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
    } else {
      await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true');
    }
    const pages = context.pages().length;
    if (how === 'Shift three times') {
      await frame.locator('main h1').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    } else {
      await exit.click();
    }
    // The whole page, not only the frame, and no new tab.
    await expect(page).toHaveURL(NEUTRAL);
    expect(context.pages()).toHaveLength(pages);
  });
}

test('a site not listed in frame-ancestors cannot frame the portal, and keeps its link', async ({ browser }) => {
  test.setTimeout(40_000);
  // Its own context: the browser's report of the refused frame is the point of this test.
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => refused.push(m.text()));
  await page.goto(other.page('/stranger', hostPage('data-lang="nl"')));
  const element = page.locator('iframe[data-hulpwijzer-frame]');
  await expect(element).toHaveCount(1);
  await expect.poll(() => refused.some((t) => t.includes('frame-ancestors'))).toBe(true);
  const frame = (await (await element.elementHandle())!.contentFrame())!;
  expect(await frame.locator('main h1').count()).toBe(0);
  // The frame never announced itself: embed.js puts the snippet's link back and says why.
  await expect(element).toHaveCount(0, { timeout: 15_000 });
  const link = page.locator('[data-hulpwijzer] > a');
  await expect(link).toHaveText('Hulpwijzer: hulp voor mensen uit Oekraïne');
  await expect(link).toHaveAttribute('href', `${PORTAL}/nl/`);
  expect(refused.filter((t) => t.startsWith('Hulpwijzer:') && t.includes('frame-ancestors'))).toHaveLength(1);
  // And does not try again on its own.
  await page.waitForTimeout(1_000);
  await expect(element).toHaveCount(0);
  await context.close();
});
