import { expect, test } from './fixtures';
import { heading } from './helpers';

// Nothing but the document and the stylesheet is fetched before the first paint: the
// wasm, its glue, the texts and the service worker all start after `load`.
for (const path of ['/uk/', '/uk/registration/host', '/uk/registration/host/yes/ukrainian']) {
  test(`only HTML and CSS before the first paint: ${path}`, async ({ page }) => {
    await page.goto(path);
    await heading(page);
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint');
      const resources = performance
        .getEntriesByType('resource')
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime }));
      return { paint: paint?.startTime ?? 0, resources };
    });
    expect(timing.paint).toBeGreaterThan(0);
    const early = timing.resources.filter((r) => r.start < timing.paint).map((r) => r.name);
    expect(early.every((name) => /^\/main-[0-9a-f]+\.css$/.test(name)), `fetched before first paint: ${early}`).toBe(true);
    // And the page did hydrate afterwards: the wasm was fetched.
    expect(timing.resources.some((r) => r.name.endsWith('.wasm'))).toBe(true);
  });
}
