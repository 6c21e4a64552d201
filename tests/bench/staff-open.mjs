// The staff page with many offers, for `cargo xtask bench staff` (not a test: it prints figures).
// Usage: node tests/bench/staff-open.mjs COUNT
// Environment (from the xtask's stack): BASE_URL, ENDPOINT_URL, EXPORT_TOKEN, AGE_TEST_IDENTITY.
// Seeds COUNT offers for GM0363 through the endpoint's POST, as the form sends them (the
// endpoint seals each to the municipality's key); downloads the export a page at a time as a
// reference; then opens them on /nl/staff in Debian's Chromium with a key file saved as the
// page saves one (scrypt 2^18) and measures, from the click on "open": the first card shown,
// every offer opened, the longest main-thread task (PerformanceObserver 'longtask') and the
// longest wait of a trivial script evaluation while opening. Prints one JSON object.
import { chromium } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { Encrypter, identityToRecipient } from 'age-encryption';

const count = Number(process.argv[2]);
const { BASE_URL, ENDPOINT_URL, EXPORT_TOKEN, AGE_TEST_IDENTITY } = process.env;
const MUNICIPALITY = 'GM0363';
const AT_ONCE = 8;
const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

function offer(i) {
  return {
    schema_version: 1,
    name: `Olena Koval ${String.fromCharCode(97 + (i % 26))}`,
    email: `host${i}@example.nl`,
    municipality: MUNICIPALITY,
    place: ['Amsterdam', 'Diemen', 'Zaandam', 'Weesp'][i % 4],
    capacity: 1 + (i % 6),
    rooms: 1 + (i % 3),
    separate_room_with_door: i % 2 === 0,
    pets_accepted: i % 3 === 0,
    stairs_or_bunk_beds_only: false,
    remote_location_own_transport_needed: false,
    available_from: day,
    duration: 'six-to-twelve-months',
    languages: ['nl', 'en'],
    note: 'We have a quiet room on the second floor with a view of the canal.',
    consent_contact_now: true,
    consent_keep_for_future: i % 2 === 1,
    website: '',
    fill_ms: 60_000,
    idempotency_key: randomUUID(),
  };
}

async function seed() {
  const started = Date.now();
  let next = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${ENDPOINT_URL}/v1/host-interest`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(offer(i)),
      });
      if (response.status !== 201) throw new Error(`offer ${i}: ${response.status} ${await response.text()}`);
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return Date.now() - started;
}

/** The whole export, a page of 1000 at a time, as the staff page fetches it: ms and items. */
async function download() {
  const started = performance.now();
  let items = 0;
  let cursor = null;
  do {
    const url = `${ENDPOINT_URL}/v1/municipalities/${MUNICIPALITY}/host-interest?limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${EXPORT_TOKEN}` } });
    const body = await response.json();
    items += body.items.length;
    cursor = body.next_cursor;
  } while (cursor);
  return { ms: performance.now() - started, items };
}

const seedMs = await seed();
const reference = await download();
const passphrase = 'correct horse battery staple';
const e = new Encrypter();
e.setPassphrase(passphrase);
const keyFile = Buffer.from(await e.encrypt(`# public key: ${await identityToRecipient(AGE_TEST_IDENTITY)}\n${AGE_TEST_IDENTITY}\n`));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__tasks.push([t.startTime, t.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('submit', () => (window.__opened_at = performance.now()), true);
  new MutationObserver(() => {
    if (window.__first_card === undefined && document.querySelector('li.staff-offer')) window.__first_card = performance.now();
  }).observe(document, { childList: true, subtree: true });
});
await page.goto(`${BASE_URL}/nl/staff`);
await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
await page.waitForSelector(`#staff-municipality option[value="${MUNICIPALITY}"]`, { state: 'attached' });
await page.selectOption('#staff-municipality', MUNICIPALITY);
await page.fill('#staff-token', EXPORT_TOKEN);
await page.setInputFiles('#staff-key-file', { name: 'hulpwijzer-sleutel.age', mimeType: 'application/octet-stream', buffer: keyFile });
await page.fill('#staff-passphrase', passphrase);
await page.click('.staff-opener button[type=submit]');
// A trivial evaluation every 50 ms while opening: how long the page makes it wait.
let longestWait = 0;
let done = false;
const opened = page.waitForFunction(() => /aanbiedingen geopend\./.test(document.querySelector('.staff-opener [role=status]')?.textContent ?? ''), null, { timeout: 600_000, polling: 200 }).then(() => (done = true));
while (!done) {
  const asked = performance.now();
  await page.evaluate(() => 1);
  longestWait = Math.max(longestWait, performance.now() - asked);
  await new Promise((r) => setTimeout(r, 50));
}
await opened;
const figures = await page.evaluate(() => {
  const from = window.__opened_at;
  const during = window.__tasks.filter(([start]) => start >= from);
  return {
    first_page_ms: window.__first_card - from,
    all_opened_ms: performance.now() - from,
    longest_task_ms: Math.max(0, ...during.map(([, d]) => d)),
    long_tasks: during.length,
    longest_task_before_ms: Math.max(0, ...window.__tasks.filter(([start]) => start < from).map(([, d]) => d)),
    cards: document.querySelectorAll('li.staff-offer').length,
    status: document.querySelector('.staff-opener [role=status]')?.textContent,
  };
});
await browser.close();
console.log(JSON.stringify({ seeded: count, seed_ms: seedMs, export_download: reference, longest_evaluate_wait_ms: longestWait, ...figures }));
