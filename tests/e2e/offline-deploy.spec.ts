import { expect, test } from './fixtures';
import { heading } from './helpers';
import { cachedPaths, caches, controlled } from './service-worker';

// A new deployment keeps what is still valid: a saved language still opens offline, and
// only what changed is downloaded again (in the background).

test('a saved language survives a new deployment, downloading only what changed', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.goto('/nl/');
  await heading(page);
  await controlled(page);
  const saver = page.locator('footer .offline-saver');
  await saver.getByRole('button').click();
  await saver.getByRole('button').click();
  await expect(saver.locator('progress')).toHaveCount(0, { timeout: 120_000 });
  await expect(saver.locator('p[role="status"]')).toBeVisible();
  await expect(saver.locator('button')).toHaveCount(0);
  const before = await caches(page);
  expect(Object.keys(before)).toHaveLength(1);
  const [oldCache] = Object.keys(before);

  // The next deployment: a new version in which only /nl/health changed.
  const worker = await (await page.request.get('/sw.js')).text();
  const manifest = await (await page.request.get('/sw-manifest.json')).json();
  const version: string = manifest.version;
  expect(worker).toContain(`"version":"${version}"`);
  manifest.version = `${version}next`;
  expect(manifest.files['/nl/health']).toBeDefined();
  manifest.files['/nl/health'] = 'changed';
  await context.route('**/sw.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: worker.replace(`"version":"${version}"`, `"version":"${version}next"`) }),
  );
  await context.route('**/sw-manifest.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(manifest) }));
  const fetched: string[] = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/nl/')) fetched.push(path);
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  await expect.poll(async () => Object.keys(await caches(page)), { timeout: 30_000 }).toEqual([`hw-${version}next`]);
  // The changed page comes back in the background; everything else was carried over.
  await expect.poll(async () => (await cachedPaths(page)).includes('/nl/health'), { timeout: 30_000 }).toBe(true);
  expect(oldCache).toBe(`hw-${version}`);
  expect((await cachedPaths(page)).length).toBeGreaterThanOrEqual(before[oldCache].length);
  expect(fetched).toEqual(['/nl/health']);

  await context.setOffline(true);
  await page.goto('/nl/health');
  await heading(page);
  await page.goto('/nl/registration');
  await heading(page);
  await page.goto('/nl/gemeenten/gm0363');
  await expect(page.locator('main h1')).toHaveAttribute('data-code', 'GM0363');
  await context.setOffline(false);
});
