import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ROOT } from './helpers';

// The server sends exactly what the generated dist/_headers says (the same file serves
// production; the nginx configuration is generated from it too).
interface Rule { pattern: string; headers: [string, string][] }

function rules(): Rule[] {
  const out: Rule[] = [];
  for (const line of readFileSync(join(ROOT, 'dist', '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) out.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      out[out.length - 1].headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return out;
}

function expected(path: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const rule of rules()) {
    const re = new RegExp('^' + rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    if (re.test(path)) rule.headers.forEach(([n, v]) => map.set(n, v));
  }
  return map;
}

// One file of every class the build wrote, with whether its name is content-hashed
// (xtask/src/assets.rs writes the list; the header rules are made from the same classes).
interface AssetExample { class: string; hashed: boolean; example: string }

function assetExamples(): AssetExample[] {
  return JSON.parse(readFileSync(join(ROOT, 'target', 'deploy', 'assets.json'), 'utf8'));
}

test('every hashed asset is cached for a year, and nothing else is', async ({ request }) => {
  const examples = assetExamples();
  for (const cls of ['host-app', 'staff-app', 'portal-app', 'stylesheet', 'texts', 'page', 'service-worker']) {
    expect(examples.map((e) => e.class), cls).toContain(cls);
  }
  for (const { class: cls, hashed, example } of examples) {
    if (cls === 'headers-file') continue;
    const path = cls === 'page' ? example.replace(/(index)?\.html$/, '') : example;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cache = response.headers()['cache-control'];
    if (hashed) expect(cache, `${cls}: ${path}`).toBe('public, max-age=31536000, immutable');
    else expect(cache, `${cls}: ${path}`).toBe('no-cache');
  }
});

test('the staff pages may be framed by no site', async ({ request }) => {
  for (const path of ['/nl/staff', '/en/staff']) {
    const csp = (await request.get(path)).headers()['content-security-policy'];
    expect(csp, path).toMatch(/frame-ancestors 'none'$/);
  }
  expect((await request.get('/nl/')).headers()['content-security-policy']).not.toContain("frame-ancestors 'none'");
});

test('the local server sends the headers of dist/_headers', async ({ page, request }) => {
  await page.goto('/uk/');
  const assets = await page.evaluate(() => [
    (document.querySelector('link[rel=stylesheet]') as HTMLLinkElement).getAttribute('href')!,
  ]);
  const paths = ['/uk/', '/uk/registration', '/uk/registration/', '/nl/gemeenten/gm0034', '/sw.js', '/robots.txt', '/no-such-page', ...assets];
  for (const path of paths) {
    const response = await request.get(path);
    const want = expected(path);
    expect(want.size, path).toBeGreaterThan(0);
    for (const [name, value] of want) {
      expect(response.headers()[name], `${name} on ${path}`).toBe(value);
    }
  }
  const csp = expected('/uk/').get('content-security-policy')!;
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect((await request.get('/uk/registration/')).status()).toBe(200);
  expect((await request.get('/no-such-page')).status()).toBe(404);
  expect((await request.get('/' + 'x'.repeat(300))).status()).toBe(404);
});
