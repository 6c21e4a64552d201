// Unit tests of the service worker's rules, run by `cargo xtask test` (`node --test web/`).
// The worker is loaded as the browser loads it: its data line, then web/sw.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const here = new URL('.', import.meta.url);
const source = readFileSync(new URL('sw.js', here), 'utf8');
const cases = JSON.parse(readFileSync(new URL('never-cached.json', here), 'utf8'));

/** A context in which the worker's top level has run, with the listeners it added. */
function worker() {
  const listeners = {};
  const context = vm.createContext({
    URL,
    self: { addEventListener: (type, listener) => (listeners[type] = listener) },
  });
  const data = { version: 'v', shell: ['/offline.html'], texts: 't', locales: ['uk', 'ru', 'en', 'nl'] };
  vm.runInContext(`const HW = ${JSON.stringify(data)};\n${source}`, context);
  return { listeners, run: (expression) => vm.runInContext(expression, context) };
}

test('the never-cached rule agrees with the Rust one on the shared cases', () => {
  const { run } = worker();
  for (const path of cases.never) assert.equal(run(`isNeverCached(${JSON.stringify(path)})`), true, path);
  for (const path of cases.cached) assert.equal(run(`isNeverCached(${JSON.stringify(path)})`), false, path);
});

test('one key per page, with runs of slashes made one', () => {
  const { run } = worker();
  const key = (path) => run(`key(new URL(${JSON.stringify(`https://x.test${path}`)}))`);
  assert.equal(key('/uk'), '/uk/');
  assert.equal(key('/uk/'), '/uk/');
  assert.equal(key('/uk/registration/'), '/uk/registration');
  assert.equal(key('/uk//registration?x=1'), '/uk/registration');
  assert.equal(key('/'), '/');
  assert.equal(key('/locales/uk-1.ftl'), '/locales/uk-1.ftl');
});

test('the locale of a path', () => {
  const { run } = worker();
  assert.equal(run(`localeOf('/nl/health')`), 'nl');
  assert.equal(run(`localeOf('//nl/health')`), 'nl');
  assert.equal(run(`localeOf('/locales/nl-1.ftl')`), undefined);
  assert.equal(run(`localeOf('/')`), undefined);
});

test('only a generated page of this site is kept as a page', async () => {
  const { run } = worker();
  const page = '<html><head><meta name="hw-path" content="/en/health"></head></html>';
  const response = (body, init, type = 'basic') => {
    const r = new Response(body, init);
    Object.defineProperty(r, 'type', { value: type });
    return r;
  };
  const html = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } };
  const isOurPage = run('isOurPage');
  assert.equal(await isOurPage(response(page, html)), true);
  assert.equal(await isOurPage(response('<h1>MAINTENANCE 200</h1>', html)), false);
  assert.equal(await isOurPage(response(page, { ...html, status: 503 })), false);
  assert.equal(await isOurPage(response(page, { status: 200, headers: { 'content-type': 'text/plain' } })), false);
  assert.equal(await isOurPage(response(page, html, 'cors')), false);
  // An A–Z page is kept as a page, but the app never renders another address in it.
  const plain = '<html><head><meta name="hw-plain" content="/en/onderwerpen"></head></html>';
  assert.equal(await isOurPage(response(plain, html)), true);
  const isAppPage = run('isAppPage');
  assert.equal(await isAppPage(response(plain, html)), false);
  assert.equal(await isAppPage(response(page, html)), true);
});

test('the worker listens for install, activate and fetch', () => {
  const { listeners } = worker();
  assert.deepEqual(Object.keys(listeners).sort(), ['activate', 'fetch', 'install']);
});
