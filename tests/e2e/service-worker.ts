import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Waits until the service worker controls `page`. */
export async function controlled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined), {
      timeout: 20_000,
    })
    .toBe(true);
}

/** The names of the worker's caches and the paths each holds. */
export async function caches(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await self.caches.keys()) {
      out[name] = (await (await self.caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/** Every path in the worker's caches. */
export async function cachedPaths(page: Page): Promise<string[]> {
  return Object.values(await caches(page)).flat();
}

/**
 * After the confirming click of "save this language" (`saver`, the footer's
 * `.offline-saver`): waits until the download is done. Its buttons go when the download
 * starts, together with the progress bar's coming; it is done when the progress bar goes.
 * (A fast download can show the bar for less time than a check for it takes, so this never
 * waits for the bar to appear.) A failed download ends the same way; the offline steps after
 * it fail then.
 */
export async function savedLanguage(saver: Locator) {
  await expect(saver.locator('button')).toHaveCount(0);
  await expect(saver.locator('progress')).toHaveCount(0, { timeout: 120_000 });
  await expect(saver.locator('p[role="status"]')).toHaveCount(1);
}
