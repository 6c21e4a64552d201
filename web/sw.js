// Hulpwijzer's service worker.
//
// `cargo xtask` writes `dist/sw.js` as one line of data, `const HW = {…};` (this build's
// version, the shell, the texts' version, the locales and each one's desk-card partner),
// followed by this file unchanged (xtask/src/service_worker.rs). `dist/sw-manifest.json`
// lists every file the worker may keep, each with a hash of its content.
//
// - install: a new cache for this build. Every entry of an older cache whose URL is still
//   in the manifest with the same hash is copied over (hashed assets, unchanged pages and
//   texts); only the missing parts of the shell are downloaded.
// - activate: the older caches are deleted. Then, in the background: the open pages, the
//   home page, texts, A–Z page and search (module and index, decision 29) of every language
//   with a page in the cache, and for a language saved for offline use everything of its
//   list that is not in the cache yet.
// - navigation: the cached page, else the network (kept only when it is one of this site's
//   generated pages), else a cached page of the same language, which the app renders as
//   the address asked for (`<meta name="hw-path">` differs), else the offline page.
// - the staff page, its module and the API are never touched (see `isNeverCached`).

// `HW` is the data line above this file (a global of the linter's configuration).
'use strict';

const CACHE = `hw-${HW.version}`;
const MANIFEST = '/sw-manifest.json';
// A cache entry of the worker's own, never fetched: the languages saved for offline use.
const SAVED = '/__hw/saved';

/** `pathname` with every run of slashes made one (`//staff` → `/staff`). */
function normalise(pathname) {
  return pathname.replace(/\/{2,}/g, '/');
}

/** The locale a path is in (`/uk/health` → `uk`), or undefined. */
function localeOf(pathname) {
  const first = normalise(pathname).split('/')[1];
  return HW.locales.includes(first) ? first : undefined;
}

/**
 * Whether the worker must leave `pathname` to the network: the staff page and its module,
 * the endpoint's API. The same rule as `is_never_cached` in xtask/src/service_worker.rs;
 * web/never-cached.json holds the cases both are tested against.
 */
function isNeverCached(pathname) {
  const [first, second] = normalise(pathname).split('/').slice(1);
  return first === 'staff' || first === 'v1' || (HW.locales.includes(first) && second === 'staff');
}

/** One key per page: without the query, one slash at a time, and without a trailing
 * slash except on a language's home (`/uk` → `/uk/`). */
function key(url) {
  let path = normalise(url.pathname);
  if (localeOf(path) && path.split('/').length === 2) return `${path}/`;
  if (path.length > 1 && path.endsWith('/') && !(localeOf(path) && path.split('/').length === 3)) {
    path = path.slice(0, -1);
  }
  return path;
}

/** The texts of `locale` (the portal's part). */
function textsOf(locale) {
  return `/locales/${locale}-${HW.texts}.ftl`;
}

/** Whether `response` is one of this site's generated pages, which alone are kept as
 * pages: not an error, not another origin's, not a host's maintenance page. The app's pages
 * carry `hw-path`; the A–Z pages, plain HTML, `hw-plain`. */
async function isOurPage(response) {
  if (!response.ok || response.type !== 'basic') return false;
  if (!(response.headers.get('content-type') || '').startsWith('text/html')) return false;
  const text = await response.text();
  return text.includes('<meta name="hw-path" content="') || text.includes('<meta name="hw-plain" content="');
}

/** Whether a kept page is one the app can render another address in (not an A–Z page). */
async function isAppPage(response) {
  return (await response.text()).includes('<meta name="hw-path" content="');
}

async function json(cache, url) {
  const response = await cache.match(url);
  return response ? response.json() : undefined;
}

/** Fetches `url` into `cache` unless it is there; a failure leaves it missing. */
async function keep(cache, url) {
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    const page = localeOf(url) !== undefined;
    if (page ? await isOurPage(response.clone()) : response.ok) await cache.put(url, response);
  } catch {
    // Offline or refused: the next visit tries again.
  }
}

/** The languages an older cache had saved: its own mark, and every language whose list it
 * holds together with every URL on that list. */
async function savedIn(old, paths) {
  const saved = new Set((await json(old, SAVED)) || []);
  for (const locale of HW.locales) {
    const list = await old.match(`/offline/${locale}.txt`);
    if (!list) continue;
    const urls = (await list.text()).split('\n').filter((line) => line.startsWith('/'));
    if (urls.every((url) => paths.has(url))) saved.add(locale);
  }
  return saved;
}

/** Copies what is still valid from the older caches into `cache`; returns the saved
 * languages. */
async function carryOver(cache, manifest) {
  const saved = new Set();
  for (const name of await caches.keys()) {
    if (name === CACHE || !name.startsWith('hw-')) continue;
    const old = await caches.open(name);
    const requests = await old.keys();
    const paths = new Set(requests.map((request) => new URL(request.url).pathname));
    for (const locale of await savedIn(old, paths)) saved.add(locale);
    const before = (await json(old, MANIFEST)) || { files: {} };
    for (const request of requests) {
      const path = new URL(request.url).pathname;
      const hash = manifest.files[path];
      if (hash === undefined || before.files[path] !== hash || (await cache.match(path))) continue;
      await cache.put(path, await old.match(request));
    }
  }
  return saved;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(MANIFEST, { cache: 'no-store' });
      const manifest = await response.clone().json();
      // A deployment between fetching sw.js and the manifest: install again later.
      if (!response.ok || manifest.version !== HW.version) throw new Error('manifest of another build');
      const cache = await caches.open(CACHE);
      await cache.put(MANIFEST, response);
      const saved = await carryOver(cache, manifest);
      await cache.put(SAVED, new Response(JSON.stringify([...saved])));
      const missing = [];
      for (const url of HW.shell) if (!(await cache.match(url))) missing.push(url);
      await cache.addAll(missing);
      await self.skipWaiting();
    })(),
  );
});

/** What the background work after an activation is still doing; fetch events wait for it
 * so that the browser does not stop the worker halfway. */
let refreshing = Promise.resolve();

/** The open pages, each visited language's home and texts, and everything of a saved
 * language's list that is missing. */
async function refresh() {
  const cache = await caches.open(CACHE);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const url = new URL(client.url);
    if (url.origin === location.origin && !isNeverCached(url.pathname)) await keep(cache, key(url));
  }
  const visited = new Set();
  for (const request of await cache.keys()) {
    const locale = localeOf(new URL(request.url).pathname);
    if (locale) visited.add(locale);
  }
  for (const locale of visited) {
    await keep(cache, `/${locale}/`);
    await keep(cache, textsOf(locale));
    await keep(cache, HW.topics[locale].page);
    await keep(cache, HW.topics[locale].index);
    await keep(cache, HW.search);
  }
  for (const locale of (await json(cache, SAVED)) || []) {
    const list = `/offline/${locale}.txt`;
    await cache.delete(list);
    await keep(cache, list);
    const response = await cache.match(list);
    if (!response) continue;
    for (const url of (await response.text()).split('\n')) {
      if (url.startsWith('/') && !isNeverCached(url)) await keep(cache, url);
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
      refreshing = refresh().catch(() => {});
    })(),
  );
});

/** A cached page of the app in the language of `url`: its home, else any of its pages. */
async function sameLanguage(cache, url) {
  const locale = localeOf(url.pathname);
  if (!locale) return undefined;
  const home = await cache.match(`/${locale}/`);
  if (home) return home;
  for (const request of await cache.keys()) {
    if (localeOf(new URL(request.url).pathname) !== locale) continue;
    const kept = await cache.match(request);
    if (await isAppPage(kept.clone())) return kept;
  }
  return undefined;
}

async function page(event, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key(url));
  if (hit) return hit;
  try {
    const response = await fetch(event.request);
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        if (await isOurPage(copy.clone())) await cache.put(key(url), copy);
      })(),
    );
    return response;
  } catch {
    return (await sameLanguage(cache, url)) || (await cache.match('/offline.html')) || Response.error();
  }
}

/** `/config.json`: the network first, the cache when offline. */
async function fresh(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) || Response.error();
  }
}

/** Any other request (a file, or a page the saver downloads): the cache first. */
async function file(url, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key(url));
  if (hit) return hit;
  const response = await fetch(request);
  const page = localeOf(url.pathname) !== undefined;
  if (page ? await isOurPage(response.clone()) : response.ok) await cache.put(key(url), response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || url.pathname === '/sw.js' || isNeverCached(url.pathname)) return;
  event.waitUntil(refreshing);
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (url.pathname === '/config.json') event.respondWith(fresh(request));
  else event.respondWith(file(url, request));
});
