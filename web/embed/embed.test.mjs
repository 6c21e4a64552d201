// Unit tests of embed.js, the snippet's script on a municipality's page (docs/embedding.md),
// run by `cargo xtask test` (`node --test web/`). The source runs in a context with a fake
// page holding only what the script touches; the minified copy in dist/ is esbuild's. What
// needs a real browser (frames of another origin, frame-ancestors, real layout) is in
// tests/e2e/embed*.spec.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const source = readFileSync(new URL('embed.js', import.meta.url), 'utf8');

const PORTAL = 'https://hulpwijzer.example';
const HOST = 'https://gemeente.example';

/** An element of the fake page: its children, attributes and inline style. */
class Element {
  constructor(tagName, dataset = {}) {
    this.tagName = tagName;
    this.dataset = dataset;
    this.attributes = {};
    this.style = {};
    this.childNodes = [];
    this.isConnected = false;
    this.top = 0;
  }
  setAttribute(name, value) {
    this.attributes[name] = value;
  }
  replaceChildren(...nodes) {
    for (const node of this.childNodes) node.isConnected = false;
    for (const node of nodes) node.isConnected = this.isConnected;
    this.childNodes = nodes;
  }
  querySelector(selector) {
    assert.equal(selector, 'iframe[data-hulpwijzer-frame]');
    return this.childNodes.find((n) => n.tagName === 'IFRAME' && 'data-hulpwijzer-frame' in n.attributes) || null;
  }
  getBoundingClientRect() {
    return { top: this.top };
  }
}

/** A `<div data-hulpwijzer>` with the snippet's link in it, on the page. */
function snippet(dataset = {}) {
  const host = new Element('DIV', dataset);
  host.isConnected = true;
  host.replaceChildren(new Element('A'));
  return host;
}

/** A municipality's page with these snippets, running embed.js from the portal. */
function hostPage({ hosts, lang = 'nl', languages = ['nl-NL'], readyState = 'complete' }) {
  const page = {
    hosts,
    listeners: {},
    timers: new Map(),
    replaced: [],
    scrolls: [],
    warnings: [],
    observers: [],
    frames: 0,
  };
  let timers = 0;
  const context = vm.createContext({
    URL,
    URLSearchParams,
    document: {
      currentScript: { src: `${PORTAL}/embed.js` },
      documentElement: { lang },
      readyState,
      body: {},
      createElement: (tagName) => {
        assert.equal(tagName, 'iframe');
        page.frames++;
        const frame = new Element('IFRAME');
        // The frame's own window, the source of its messages.
        frame.contentWindow = {};
        return frame;
      },
      querySelectorAll: (selector) => {
        assert.equal(selector, '[data-hulpwijzer]');
        return hosts.filter((host) => host.isConnected);
      },
    },
    navigator: { languages },
    location: { origin: HOST, replace: (url) => page.replaced.push(url) },
    setTimeout: (callback, ms) => {
      page.timers.set(++timers, { callback, ms });
      return timers;
    },
    clearTimeout: (id) => page.timers.delete(id),
    console: { warn: (message) => page.warnings.push(message) },
    addEventListener: (type, listener) => (page.listeners[type] = listener),
    MutationObserver: class {
      constructor(callback) {
        page.observers.push(callback);
      }
      observe(target, options) {
        assert.equal(target, context.document.body);
        assert.ok(options.subtree && options.childList && options.attributes);
      }
    },
    innerHeight: 800,
    scrollY: 1000,
    scrollTo: ({ top }) => page.scrolls.push(top),
  });
  context.window = context;
  page.run = () => vm.runInContext(source, context);
  page.run();
  /** The frame in a snippet, if any. */
  page.frame = (host = hosts[0]) => host.querySelector('iframe[data-hulpwijzer-frame]');
  /** A message to the page, from a frame's window (by default the first snippet's). */
  page.post = (data, { origin = PORTAL, source = page.frame().contentWindow } = {}) =>
    page.listeners.message({ origin, data, source });
  /** What a MutationObserver would report after the page changed a snippet. */
  page.mutated = () => page.observers.forEach((callback) => callback([]));
  /** The announcement deadlines that were not cleared, run now. */
  page.waitTooLong = () => {
    for (const [id, { callback }] of page.timers) {
      page.timers.delete(id);
      callback();
    }
  };
  return page;
}

test('each snippet becomes a frame of the portal with what its attributes say', () => {
  const page = hostPage({
    lang: 'uk-UA',
    hosts: [
      snippet({ municipality: 'GM0344', lang: 'auto', start: 'registration', theme: 'denhaag', allowChange: '' }),
      snippet({ lang: 'EN' }),
    ],
  });
  const [first, second] = page.hosts.map((host) => page.frame(host));
  assert.equal(
    first.src,
    `${PORTAL}/uk/registration?embed=https%3A%2F%2Fgemeente.example&m=GM0344&theme=denhaag&pick=1`,
  );
  assert.equal(first.title, 'Hulpwijzer — допомога людям з України');
  assert.equal(first.attributes.scrolling, 'no');
  assert.match(first.style.cssText, /height:40rem/);
  assert.equal(second.src, `${PORTAL}/en/?embed=https%3A%2F%2Fgemeente.example`);
  assert.equal(second.title, 'Hulpwijzer — help for people from Ukraine');
  // The deadline for the frame to announce itself: 10 seconds each.
  assert.deepEqual(
    [...page.timers.values()].map((timer) => timer.ms),
    [10000, 10000],
  );
});

test("the language: the page's when it is one of the four, else the browser's, else Dutch", () => {
  const src = (options) => hostPage({ hosts: [snippet(options.dataset)], ...options }).frame().src;
  assert.match(src({ lang: 'de', languages: ['de-DE', 'ru_RU', 'en'] }), /^https:\/\/hulpwijzer\.example\/ru\//);
  assert.match(src({ lang: '', languages: ['pl'] }), /\/nl\//);
  assert.match(src({ lang: 'en', dataset: { lang: 'auto' } }), /\/en\//);
  // A language asked for by name is taken whatever the page says; an unknown one is Dutch.
  assert.match(src({ lang: 'en', dataset: { lang: 'ru' } }), /\/ru\//);
  assert.match(src({ lang: 'en', dataset: { lang: 'fr' } }), /\/nl\//);
});

test('attributes that are not what the portal takes are left out of its address', () => {
  const page = hostPage({
    hosts: [snippet({ municipality: 'GM34', start: '../staff', theme: 'Den Haag' })],
  });
  assert.equal(page.frame().src, `${PORTAL}/nl/?embed=https%3A%2F%2Fgemeente.example`);
});

test('the frame takes the height its page reports; other messages change nothing', () => {
  const page = hostPage({ hosts: [snippet(), snippet()] });
  const frame = page.frame();
  page.post({ hulpwijzer: 1, type: 'load', height: 1234.2 });
  assert.equal(frame.style.height, '1235px');
  for (const ignored of [
    () => page.post({ hulpwijzer: 1, type: 'resize', height: 300 }, { origin: HOST }),
    () => page.post({ hulpwijzer: 1, type: 'resize', height: 300 }, { source: {} }),
    () => page.post({ hulpwijzer: 2, type: 'resize', height: 300 }),
    () => page.post(null),
    () => page.post('{"hulpwijzer":1,"height":300}'),
    ...[0, -5, 100000, Infinity, 'tall'].map((height) => () => page.post({ hulpwijzer: 1, type: 'resize', height })),
  ]) {
    ignored();
  }
  assert.equal(frame.style.height, '1235px');
  // The other snippet's frame is not touched by the first one's messages.
  assert.equal(page.frame(page.hosts[1]).style.height, undefined);
  page.post({ hulpwijzer: 1, type: 'resize', height: '640' }, { source: page.frame(page.hosts[1]).contentWindow });
  assert.equal(page.frame(page.hosts[1]).style.height, '640px');
});

test("a new page in the frame brings the frame's top into view; the first load does not", () => {
  const page = hostPage({ hosts: [snippet()] });
  const frame = page.frame();
  frame.top = -300;
  page.post({ hulpwijzer: 1, type: 'load', height: 900 });
  assert.deepEqual(page.scrolls, []);
  page.post({ hulpwijzer: 1, type: 'load', height: 900 });
  assert.deepEqual(page.scrolls, [700]);
  frame.top = 200;
  page.post({ hulpwijzer: 1, type: 'navigate', height: 900 });
  assert.deepEqual(page.scrolls, [700], 'already in view');
  frame.top = 1200;
  page.post({ hulpwijzer: 1, type: 'navigate', height: 900 });
  page.post({ hulpwijzer: 1, type: 'resize', height: 950 });
  assert.deepEqual(page.scrolls, [700, 2200]);
});

test('"leave this page quickly" replaces the municipality\'s page, with an https address only', () => {
  const page = hostPage({ hosts: [snippet()] });
  for (const url of ['javascript:alert(1)', 'http://weather.example/', 'not an address', undefined]) {
    page.post({ hulpwijzer: 1, type: 'leave', url });
  }
  page.post({ hulpwijzer: 1, type: 'leave', url: 'https://weather.example/' }, { origin: HOST });
  assert.deepEqual(page.replaced, []);
  page.post({ hulpwijzer: 1, type: 'leave', url: 'https://weather.example/today' });
  assert.deepEqual(page.replaced, ['https://weather.example/today']);
});

test('a frame that never announces itself gives the snippet its link back, and is not tried again', () => {
  const [refused, heard] = [snippet(), snippet()];
  const link = refused.childNodes[0];
  const page = hostPage({ hosts: [refused, heard] });
  assert.equal(link.isConnected, false, "the frame took the link's place");
  const gone = page.frame(refused);
  page.post({ hulpwijzer: 1, type: 'load', height: 500 }, { source: page.frame(heard).contentWindow });
  assert.equal(page.timers.size, 1, 'the frame that announced itself has no deadline left');
  page.waitTooLong();
  assert.deepEqual(refused.childNodes, [link]);
  assert.equal(link.isConnected, true);
  assert.equal(page.warnings.length, 1);
  assert.match(page.warnings[0], /frame-ancestors/);
  assert.ok(page.frame(heard).isConnected);
  // A late message from the removed frame changes nothing.
  page.post({ hulpwijzer: 1, type: 'load', height: 500 }, { source: gone.contentWindow });
  assert.deepEqual(refused.childNodes, [link]);
  assert.equal(gone.style.height, undefined);
  // The page changing brings no second frame for the same address.
  page.mutated();
  assert.deepEqual(refused.childNodes, [link]);
  assert.equal(page.frames, 2);
  // Another address (an attribute changed) is tried.
  refused.dataset.start = 'work';
  page.mutated();
  assert.match(page.frame(refused).src, /\/nl\/work\?/);
});

test('a changed attribute makes a new frame, which keeps the first link for its fallback', () => {
  const page = hostPage({ hosts: [snippet({ start: 'registration' })] });
  const [host] = page.hosts;
  const first = page.frame();
  page.mutated();
  assert.equal(page.frame(), first, 'the same address keeps its frame');
  host.dataset.lang = 'uk';
  page.mutated();
  const second = page.frame();
  assert.notEqual(second, first);
  assert.equal(first.isConnected, false);
  assert.match(second.src, /\/uk\/registration\?/);
  // The first frame's deadline finds it gone and changes nothing; the second's puts back
  // the link the page had, not the first frame.
  page.waitTooLong();
  assert.deepEqual(
    host.childNodes.map((node) => node.tagName),
    ['A'],
  );
  assert.equal(page.warnings.length, 1);
});

test('loaded twice, the script makes one frame per snippet; on a page still loading it waits', () => {
  const page = hostPage({ hosts: [snippet()] });
  page.run();
  assert.equal(page.frames, 1);
  assert.equal(page.observers.length, 1);

  const loading = hostPage({ hosts: [snippet()], readyState: 'loading' });
  assert.equal(loading.frame(), null);
  assert.deepEqual(Object.keys(loading.listeners).sort(), ['DOMContentLoaded', 'message']);
  loading.listeners.DOMContentLoaded();
  assert.ok(loading.frame());
});
