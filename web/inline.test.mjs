// Unit tests of the pages' inline scripts as they ship (web/inline/min/, minified from
// web/inline/ by `cargo xtask scripts`), run by `cargo xtask test` (`node --test web/`).
// Each runs in a context with only the browser objects it touches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const shipped = (name) => readFileSync(new URL(`inline/min/${name}.js`, import.meta.url), 'utf8');

/** Where the chooser sends a browser with this storage and these languages. */
function choose({ stored = null, languages, storageRefused = false }) {
  let target = null;
  const context = vm.createContext({
    document: { currentScript: { dataset: { locales: 'uk ru en nl', key: 'hulpwijzer.locale' } } },
    localStorage: {
      getItem: (key) => {
        if (storageRefused) throw new Error('SecurityError');
        return key === 'hulpwijzer.locale' ? stored : null;
      },
    },
    navigator: { languages },
    location: { replace: (to) => (target = to) },
  });
  vm.runInContext(shipped('chooser'), context);
  return target;
}

test("the chooser goes to the remembered language, else the browser's, else Ukrainian", () => {
  assert.equal(choose({ stored: 'ru', languages: ['en'] }), '/ru/');
  assert.equal(choose({ stored: 'ua', languages: ['de-DE', 'nl-NL', 'en'] }), '/nl/');
  assert.equal(choose({ languages: ['de', 'en_GB'] }), '/en/');
  assert.equal(choose({ storageRefused: true, languages: ['RU-ua'] }), '/ru/');
  assert.equal(choose({ languages: ['de', 'pl'] }), '/uk/');
  assert.equal(choose({ languages: undefined }), '/uk/');
});

/** The loader in a browser without requestIdleCallback, with or without paint timing. */
function loaderPage({ paintTiming }) {
  const page = { listeners: {}, timers: [], imported: [], registered: [], observed: [], observers: [] };
  const context = vm.createContext({
    document: { currentScript: { dataset: { js: '/hulpwijzer-1.js', wasm: '/hulpwijzer-1_bg.wasm' } } },
    addEventListener: (type, listener) => (page.listeners[type] = listener),
    setTimeout: (callback) => page.timers.push(callback),
    navigator: { serviceWorker: { register: (url) => (page.registered.push(url), Promise.resolve()) } },
  });
  context.window = context;
  if (paintTiming) {
    context.PerformanceObserver = class {
      static supportedEntryTypes = ['paint', 'navigation'];
      constructor(callback) {
        page.observers.push(() => callback({}, { disconnect() {} }));
      }
      observe(options) {
        page.observed.push(options);
      }
    };
  }
  new vm.Script(shipped('loader'), {
    importModuleDynamically: async (specifier) => {
      page.imported.push(specifier);
      throw new Error('no glue in this test');
    },
  }).runInContext(context);
  return page;
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

test('the loader imports the glue only after load, then registers the service worker', async () => {
  const page = loaderPage({ paintTiming: false });
  assert.deepEqual(Object.keys(page.listeners), ['load']);
  assert.equal(page.timers.length, 0);
  page.listeners.load();
  assert.deepEqual(page.imported, []);
  page.timers.shift()();
  await settled();
  assert.deepEqual(page.imported, ['/hulpwijzer-1.js']);
  // A glue that fails to load still leaves the page with its service worker.
  assert.deepEqual(page.registered, ['/sw.js']);
});

test('with paint timing, the loader waits for the first paint', async () => {
  const page = loaderPage({ paintTiming: true });
  page.listeners.load();
  assert.equal(JSON.stringify(page.observed), JSON.stringify([{ type: 'paint', buffered: true }]));
  assert.equal(page.timers.length, 0);
  page.observers[0]();
  page.timers.shift()();
  await settled();
  assert.deepEqual(page.imported, ['/hulpwijzer-1.js']);
});

/** A page running the embedding probe: in a frame unless `framed` is false. */
function probedPage({ search = '', name = '', framed = true }) {
  const page = { attributes: {}, links: [], messages: [], listeners: {} };
  const parent = { postMessage: (message, origin) => page.messages.push({ ...message, origin }) };
  const context = vm.createContext({
    URL,
    URLSearchParams,
    location: { search, href: 'https://portal.example/uk/', origin: 'https://portal.example' },
    document: {
      currentScript: { dataset: { themes: 'denhaag=/themes/denhaag-1.css utrecht=/themes/utrecht-1.css' } },
      documentElement: {
        setAttribute: (attribute, value) => (page.attributes[attribute] = value),
        getBoundingClientRect: () => ({ height: 812.4 }),
      },
      head: { append: (link) => page.links.push(link.href) },
      createElement: () => ({}),
    },
    ResizeObserver: class {
      observe() {}
    },
    addEventListener: (type, listener) => (page.listeners[type] = listener),
  });
  context.window = context;
  context.window.name = name;
  context.parent = framed ? parent : context;
  vm.runInContext(shipped('embed-probe'), context);
  page.name = context.name;
  return page;
}

test('framed by embed.js, the page marks itself, takes the chosen theme and reports its height', () => {
  const page = probedPage({ search: '?embed=https://gemeente.example/oekraine&theme=denhaag&pick=1' });
  assert.equal(page.attributes['data-embed'], 'https://gemeente.example');
  assert.equal(page.attributes['data-embed-pick'], '');
  assert.equal(page.attributes['data-theme'], 'denhaag');
  assert.deepEqual(page.links, ['/themes/denhaag-1.css']);
  assert.deepEqual(page.messages, [{ hulpwijzer: 1, type: 'load', height: 813, origin: 'https://gemeente.example' }]);
  assert.deepEqual(Object.keys(page.listeners).sort(), ['click', 'message']);
  // The next page of the same frame finds the embedding in the window's name.
  const next = probedPage({ name: page.name });
  assert.equal(next.attributes['data-embed'], 'https://gemeente.example');
  assert.deepEqual(next.links, ['/themes/denhaag-1.css']);
});

test('an unknown theme, a script origin or no frame leave the page as it is', () => {
  const unknown = probedPage({ search: '?embed=https://gemeente.example&theme=../evil' });
  assert.equal(unknown.attributes['data-embed'], 'https://gemeente.example');
  assert.deepEqual(unknown.links, []);
  assert.equal(unknown.attributes['data-theme'], undefined);
  for (const page of [
    probedPage({ search: '?embed=javascript:alert(1)' }),
    probedPage({ search: '?embed=https://gemeente.example', framed: false }),
    probedPage({}),
  ]) {
    assert.deepEqual(page.attributes, {});
    assert.deepEqual(page.messages, []);
  }
});
