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
