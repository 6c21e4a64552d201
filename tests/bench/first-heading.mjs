// Throttled first-paint measurement for `cargo xtask bench` (not a test: it prints figures).
// Usage: node tests/bench/first-heading.mjs RUNS URL[=hydrates] ...
// For each URL, RUNS cold visits in Debian's Chromium with the network at 400 ms round trip
// and 400 kbit/s and the CPU slowed 4×: the time to the first paint that shows the page's
// <h1>, the bytes fetched before that paint, the time until the page is hydrated (for URLs
// marked `=hydrates`) and all bytes of the visit. Then one warm visit through the service
// worker, counting the bytes that still came from the network. Prints one JSON object.
import { chromium } from '@playwright/test';

const [runs, ...targets] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const fromNetwork = new Map();
  let bytes = 0;
  cdp.on('Network.responseReceived', (e) => fromNetwork.set(e.requestId, !e.response.fromServiceWorker && !e.response.fromDiskCache));
  cdp.on('Network.loadingFinished', (e) => {
    if (fromNetwork.get(e.requestId)) bytes += e.encodedDataLength;
  });
  return () => bytes;
}

async function visit(url, hydrates) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const bytes = await throttled(context, page);
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForSelector('main h1', { state: 'visible', timeout: 120_000 });
  // "Visible" only needs a layout, which a script can force before the stylesheet has
  // arrived; the paint itself comes later, so wait for the browser to report it.
  await page.waitForFunction(
    () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
    null,
    { timeout: 120_000 },
  );
  let hydrated = null;
  if (hydrates) {
    await page.waitForSelector('html[data-hydrated]', { timeout: 180_000 });
    hydrated = await page.evaluate(() => performance.now());
  }
  const paint = await page.evaluate(() => {
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const at = fcp ? fcp.startTime : performance.now();
    const nav = performance.getEntriesByType('navigation')[0];
    const before = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < at)
      .reduce((sum, r) => sum + r.transferSize, nav ? nav.transferSize : 0);
    return { at, before };
  });
  await page.waitForLoadState('networkidle', { timeout: 180_000 }).catch(() => {});
  const all = bytes();
  await context.close();
  return { heading_ms: paint.at, bytes_before_paint: paint.before, hydrated_ms: hydrated, bytes: all };
}

async function repeatVisit(url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 60_000 });
  const bytes = await throttled(context, page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-hydrated]', { timeout: 180_000 });
  await page.waitForLoadState('networkidle').catch(() => {});
  const all = bytes();
  await context.close();
  return all;
}

const out = { runs: Number(runs), pages: {} };
for (const target of targets) {
  const [url, mark] = target.split('=');
  const results = [];
  for (let i = 0; i < Number(runs); i++) results.push(await visit(url, mark === 'hydrates'));
  out.pages[url] = results;
}
const first = targets.find((t) => t.endsWith('=hydrates'));
if (first) out.repeat_visit_bytes = await repeatVisit(first.split('=')[0]);
await browser.close();
console.log(JSON.stringify(out));
