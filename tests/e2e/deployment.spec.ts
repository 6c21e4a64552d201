import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ROOT, heading } from './helpers';
import { caches, controlled, savedLanguage } from './service-worker';

// A new deployment keeps what is still valid (decision 19): with a language saved, the site
// is deployed again with a new service-worker version and one page changed. The new worker
// carries every unchanged entry over, fetches the changed page again, deletes the old cache,
// and every page of the saved language still opens offline.
//
// The deployment is made on the server: the worker's script and manifest in `dist/` are
// replaced by the next build's (its version, and the changed page's new hash), as a host
// serves them after `cargo xtask build` of changed content. The browser's own update check
// fetches them. This file runs in a project of its own after every other test
// (playwright.config.ts), so no other test sees the new worker; the files are put back after.

const DIST = join(ROOT, 'dist');
const DEPLOYED = ['sw.js', 'sw-manifest.json'].flatMap((name) => [name, `${name}.br`, `${name}.gz`]);

/** Serves `files` (name → content) from now on, without their compressed copies. */
function deploy(files: Record<string, string>) {
  for (const name of DEPLOYED) rmSync(join(DIST, name), { force: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(DIST, name), content);
}

const original = new Map<string, Buffer>();
test.beforeAll(() => {
  for (const name of DEPLOYED) if (existsSync(join(DIST, name))) original.set(name, readFileSync(join(DIST, name)));
});
test.afterAll(() => {
  for (const name of DEPLOYED) rmSync(join(DIST, name), { force: true });
  for (const [name, content] of original) writeFileSync(join(DIST, name), content);
});

test('a saved language survives a new deployment', async ({ page, context }) => {
  await page.goto('/en/');
  await heading(page);
  await controlled(page);
  const saver = page.locator('footer .offline-saver');
  await saver.getByRole('button').click();
  await saver.getByRole('button').click();
  await savedLanguage(saver);

  const before = await caches(page);
  expect(Object.keys(before)).toHaveLength(1);
  const [oldName] = Object.keys(before);
  const list = (await (await page.request.get('/offline/en.txt')).text()).split('\n').filter((l) => l.startsWith('/'));
  expect(list.every((url) => before[oldName].includes(url))).toBe(true);

  // The next build: a new version, and /en/health changed.
  const script = await (await page.request.get('/sw.js')).text();
  const manifest = await (await page.request.get('/sw-manifest.json')).json();
  const version: string = manifest.version;
  const next = `${version}1`;
  expect(script).toContain(`"version":"${version}"`);
  const nextScript = script.replace(`"version":"${version}"`, `"version":"${next}"`);
  const nextManifest = { version: next, files: { ...manifest.files, '/en/health': 'changed' } };
  deploy({ 'sw.js': nextScript, 'sw-manifest.json': JSON.stringify(nextManifest) });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  // The new worker's cache replaces the old one and holds the whole saved list again.
  await expect.poll(async () => Object.keys(await caches(page)), { timeout: 30_000 }).toEqual([`hw-${next}`]);
  await expect
    .poll(async () => {
      const kept = new Set((await caches(page))[`hw-${next}`]);
      return list.filter((url) => !kept.has(url));
    }, { timeout: 60_000 })
    .toEqual([]);

  await context.setOffline(true);
  for (const path of ['/en/health', '/en/registration', '/en/onderwerpen', '/en/gemeenten/gm0363']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('body[data-offline]')).toHaveCount(0);
  }
  await context.setOffline(false);
});
