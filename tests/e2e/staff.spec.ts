import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectAccessible, heading, plain, recordWasm } from './helpers';
import { consent, fillRequiredFields, inDays } from './host-offer';
import { exportedOffers } from './sealed-export';
import { IDENTITY, importModule, keyFile, MUNICIPALITY, open, PASSPHRASE, staffPage, TOKEN, uniquePlace, WITH_ENDPOINT } from './staff-tools';

// The staff page: a host offers a room in Ukrainian; staff open /staff/ in Dutch with
// the municipality's export token and its key file, see exactly that offer, filter,
// download the CSV, mark it handled (it is gone from the export); the error cases; making
// a key pair; and the service worker never serving the page from its cache.
const OTHER = 'GM1681';
/** The fingerprint of the public test key (crates/core/src/fingerprint.rs TEST_VECTOR). */
const TEST_FINGERPRINT = '6c62 8083 5952 a944 3133 99a7 676b f9cf';

test.use({ viewport: { width: 360, height: 740 } });

/** Another identity than the municipality's, as a key file protected by `passphrase`. */
async function otherKeyFile(passphrase: string): Promise<Buffer> {
  const age = await importModule('age-encryption');
  const identity: string = await age.generateIdentity();
  const e = new age.Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(12);
  return Buffer.from(await e.encrypt(`${identity}\n`));
}

/** Sends an offer in Ukrainian for Amsterdam; its reference. */
async function sendOffer(page: Page, email: string, place: string): Promise<string> {
  await page.goto(`${WITH_ENDPOINT}/uk/hosting-check/yes/yes/yes/yes/yes/yes?m=${MUNICIPALITY}`);
  await heading(page);
  await fillRequiredFields(page, email);
  await page.getByLabel('Місто чи село').fill(place);
  await page.getByLabel("Номер телефону (необов'язково)").fill('06 12345678');
  await page.getByLabel('Можна з домашніми тваринами').check();
  await page.getByLabel("Ще щось? (необов'язково)").fill('=1+1 Маємо кота 🐱');
  await consent(page).check();
  await page.getByRole('button', { name: 'Надіслати' }).click();
  await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible();
  const text = await page.getByText(/Ваш номер заявки: [A-Z]{3}-\d{3}/).textContent();
  return /[A-Z]{3}-\d{3}/.exec(text ?? '')?.[0] ?? '';
}

/** Reads a CSV as Excel with Dutch regional settings does: `;` between cells, `"` around a
 * cell with `""` for a quote, CRLF between rows (a line end inside quotes stays in the cell). */
function readAsDutchExcel(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  expect(row).toEqual([]);
  return rows;
}

test('staff open a host offer, filter it, download it and mark it handled', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(120_000);
  const email = `staff.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.nl`;
  const place = uniquePlace();
  const reference = await sendOffer(page, email, place);
  expect(reference).toMatch(/^[A-Z]{3}-\d{3}$/);

  await staffPage(page);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('nav.languages a')).toHaveText(['English', 'Nederlands']);
  await expectAccessible(page);
  await open(page, MUNICIPALITY, TOKEN, await keyFile(PASSPHRASE), PASSPHRASE);
  await expect(page.getByText(/aanbieding(en)? geopend\./)).toBeVisible({ timeout: 30_000 });
  // The token is kept in this tab's session storage, and nowhere on the device.
  expect(await page.evaluate(() => sessionStorage.getItem('hulpwijzer.staff.token'))).toBe(TOKEN);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(TOKEN);

  const card = page.locator(`li.staff-offer[data-reference="${reference}"]`);
  await expect(card).toHaveCount(1);
  const field = async (name: string) => plain(await card.locator(`dd[data-field="${name}"]`).textContent());
  const from = inDays(30);
  const [y, m, d] = from.split('-').map(Number);
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  expect({
    name: await field('name'),
    email: await field('email'),
    phone: await field('phone'),
    municipality: await field('municipality'),
    place: await field('place'),
    capacity: await field('capacity'),
    rooms: await field('rooms'),
    separate: await field('separate_room_with_door'),
    pets: await field('pets_accepted'),
    stairs: await field('stairs_or_bunk_beds_only'),
    remote: await field('remote_location_own_transport_needed'),
    from: await field('available_from'),
    duration: await field('duration'),
    languages: await field('languages'),
    note: await field('note'),
    contact: await field('consent_contact_now'),
    keep: await field('consent_keep_for_future'),
  }).toEqual({
    name: 'Олена Коваль',
    email,
    phone: '+31612345678',
    municipality: `Amsterdam (${MUNICIPALITY})`,
    place,
    capacity: '2',
    rooms: '1',
    // The hosting check's "own room" answer, carried into the form.
    separate: 'Ja',
    pets: 'Ja',
    stairs: 'Nee',
    remote: 'Nee',
    from: `${d} ${months[m - 1]} ${y}`,
    duration: '6 tot 12 maanden',
    languages: 'Nederlands',
    note: '=1+1 Маємо кота 🐱',
    contact: 'Ja',
    keep: 'Nee',
  });
  // Labels are the host form's own (Dutch) labels.
  await expect(card.locator('dt')).toContainText(['Uw naam', 'Huisdieren zijn welkom', 'Talen die in uw huishouden gesproken worden']);
  await expectAccessible(page);

  // One filter hides it, another shows it.
  await page.getByLabel('Aantal personen (minstens)').selectOption('3');
  await expect(card).toHaveCount(0);
  await page.getByLabel('Aantal personen (minstens)').selectOption('');
  await page.getByLabel('Plaats').fill(place.toUpperCase());
  await expect(card).toHaveCount(1);
  await expect(page.locator('li.staff-offer')).toHaveCount(1);
  await page.getByLabel('Huisdieren', { exact: true }).selectOption('not-welcome');
  await expect(card).toHaveCount(0);
  await page.getByLabel('Huisdieren', { exact: true }).selectOption('welcome');
  await expect(card).toHaveCount(1);
  await expectAccessible(page);

  // The CSV of what is shown: mark, header, one row, formulas defused, CRLF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Getoonde aanbiedingen downloaden (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^hulpwijzer-${MUNICIPALITY}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync(await download.path()).toString('utf8');
  expect(csv.startsWith('\ufeff"reference","received_at","schema_version","name","email","phone","municipality","place"')).toBe(true);
  const lines = csv.split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toBe('');
  expect(lines[1]).toContain(`"${reference}",`);
  expect(lines[1]).toContain(`"Олена Коваль","${email}","'+31612345678","${MUNICIPALITY}","${place}","2","1","yes","yes"`);
  expect(lines[1]).toContain(`"'=1+1 Маємо кота 🐱"`);

  // The file for Dutch Excel: mark, `;`, the page's Dutch headings and answers, still defused.
  const [excel] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Getoonde aanbiedingen downloaden voor Excel' }).click(),
  ]);
  expect(excel.suggestedFilename()).toMatch(new RegExp(`^hulpwijzer-${MUNICIPALITY}-\\d{4}-\\d{2}-\\d{2}-excel\\.csv$`));
  const bytes = readFileSync(await excel.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = readAsDutchExcel(bytes.subarray(3).toString('utf8'));
  expect(table).toHaveLength(2);
  const headings = table[0];
  expect(headings.slice(0, 4)).toEqual(['Referentie', 'Ontvangen (UTC)', 'Versie van het formulier', 'Uw naam']);
  expect(headings).toContain('Een eigen kamer met een deur die dicht kan');
  expect(table[1]).toHaveLength(headings.length);
  const excelCell = (heading: string) => table[1][headings.indexOf(heading)];
  expect(table[1][0]).toBe(reference);
  expect(table[1][1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(excelCell('Uw naam')).toBe('Олена Коваль');
  expect(excelCell('Telefoonnummer (niet verplicht)')).toBe("'+31612345678");
  expect(excelCell('Gemeente waar de kamer is')).toBe(`Amsterdam (${MUNICIPALITY})`);
  expect(excelCell('Huisdieren zijn welkom')).toBe('Ja');
  expect(excelCell('Een eigen kamer met een deur die dicht kan')).toBe('Ja');
  expect(excelCell('Hoe lang?')).toBe('6 tot 12 maanden');
  expect(excelCell('Wilt u nog iets kwijt? (niet verplicht)')).toBe("'=1+1 Маємо кота 🐱");

  // Marked handled, with a confirmation; then gone here and from the export.
  await card.getByRole('button', { name: 'Afgehandeld' }).click();
  await expect(card.getByText('Deze aanbieding als afgehandeld markeren?')).toBeVisible();
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(card).toHaveCount(0);
  await expect(page.getByText(`Aanbieding ${reference} is afgehandeld en verwijderd.`)).toBeVisible();
  await expectAccessible(page);
  expect((await exportedOffers(page, MUNICIPALITY)).filter((o) => o.reference === reference)).toHaveLength(0);
});

test('staff see clear messages for a wrong passphrase, a wrong file and wrong tokens', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(90_000);
  await staffPage(page);
  const file = await keyFile(PASSPHRASE);
  const alert = page.locator('.staff-opener [role="alert"]');

  await open(page, MUNICIPALITY, TOKEN, file, 'wrong passphrase');
  await expect(alert).toHaveText('Deze wachtwoordzin opent het sleutelbestand niet. Controleer hoofdletters en spaties en probeer het opnieuw.', { timeout: 30_000 });
  await expectAccessible(page);

  await open(page, MUNICIPALITY, TOKEN, Buffer.from('not a key\n'), PASSPHRASE);
  await expect(alert).toContainText('Dit bestand is geen sleutelbestand.');

  // The token of Amsterdam used for Borger-Odoorn: 403.
  await open(page, OTHER, TOKEN, file, PASSPHRASE);
  await expect(alert).toHaveText('Deze exportcode hoort bij een andere gemeente. Kies de juiste gemeente of gebruik de code van deze gemeente.', { timeout: 30_000 });
  await expectAccessible(page);

  await open(page, MUNICIPALITY, 'not-a-real-token', file, PASSPHRASE);
  await expect(alert).toHaveText('Deze exportcode is onbekend of ingetrokken. Controleer de code of vraag de beheerder om een nieuwe.', { timeout: 30_000 });
  await expect(page.locator('li.staff-offer')).toHaveCount(0);
});

test('staff are told when offers do not open with their key and when the server cannot be reached', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(120_000);
  const email = `wrongkey.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.nl`;
  const reference = await sendOffer(page, email, uniquePlace());
  expect(reference).toMatch(/^[A-Z]{3}-\d{3}$/);
  await staffPage(page);
  const alert = page.locator('.staff-opener [role="alert"]');

  // A valid key file, but another key than the one the offers are sealed to.
  await open(page, MUNICIPALITY, TOKEN, await otherKeyFile(PASSPHRASE), PASSPHRASE);
  await expect(alert).toHaveText('Niet alle aanbiedingen gaan open met deze sleutel: ze zijn versleuteld met een andere sleutel. Controleer of u het sleutelbestand van deze gemeente hebt gekozen.', { timeout: 30_000 });
  await expect(page.locator('li.staff-offer').filter({ hasText: reference })).toHaveCount(0);
  await expectAccessible(page);

  // The export cannot be fetched: what staff typed stays, and they are told why.
  await page.route('**/v1/municipalities/*/host-interest**', (route) => route.abort('connectionrefused'));
  await open(page, MUNICIPALITY, TOKEN, await keyFile(PASSPHRASE), PASSPHRASE);
  await expect(alert).toHaveText('De server met de aanbiedingen is nu niet bereikbaar. Controleer de verbinding en probeer het later opnieuw.', { timeout: 30_000 });
  await expect(page.getByLabel('Exportcode')).toHaveValue(TOKEN);
  await expectAccessible(page);
});

test('staff make a key pair: the saved file opens with the passphrase and the fingerprint is the endpoint\'s', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(90_000);
  await page.goto(`${WITH_ENDPOINT}/en/staff`);
  await heading(page);
  // The decryption module is loaded only when needed.
  const modules: string[] = [];
  page.on('request', (r) => {
    if (/\/staff\/age-[0-9a-f]+\.js$/.test(r.url())) modules.push(r.url());
  });
  await expect(page.locator('meta[name="hw-age"]')).toHaveAttribute('content', /^\/staff\/age-[0-9a-f]{16}\.js$/);
  expect(modules).toEqual([]);
  await page.getByRole('button', { name: 'Make a key pair' }).click();
  const publicKey = plain(await page.locator('[data-public-key]').textContent());
  expect(publicKey).toMatch(/^age1[0-9a-z]{58}$/);
  expect(modules).toHaveLength(1);
  const shown = plain(await page.locator('[data-fingerprint]').textContent());
  // What `hulpwijzer-endpoint register` prints: the first 16 bytes of SHA-256 of the key text.
  const expected = createHash('sha256').update(publicKey).digest('hex').slice(0, 32).match(/.{4}/g)?.join(' ');
  expect(shown).toBe(expected);
  await expectAccessible(page);

  await page.getByLabel('Choose a passphrase').fill('short');
  await page.getByLabel('Repeat the passphrase').fill('short');
  await page.getByRole('button', { name: 'Save the key file' }).click();
  await expect(page.locator('.staff-key [role="alert"]')).toHaveText('The passphrase is too short: use at least 12 characters.');
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the key file' }).click()]);
  expect(download.suggestedFilename()).toBe('hulpwijzer-sleutel.age');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
  expect(bytes.toString('latin1')).not.toContain('AGE-SECRET-KEY-1');
  const age = await importModule('age-encryption');
  const d = new age.Decrypter();
  d.addPassphrase(PASSPHRASE);
  const text: string = await d.decrypt(new Uint8Array(bytes), 'text');
  const secret = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m.exec(text)?.[0] ?? '';
  expect(await age.identityToRecipient(secret)).toBe(publicKey);
  await expect(page.getByText('The key file has been saved')).toBeVisible();
  await expectAccessible(page);

  // On a phone the key wraps instead of widening the page, and it can be copied.
  const key = page.locator('[data-public-key]');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await key.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 1000)).toBeLessThanOrEqual(360);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the public key' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicKey);

  // A second key pair is made only after a question that says what happens to the first.
  await page.getByRole('button', { name: 'Make a key pair' }).click();
  const question = page.getByRole('group', { name: /A key pair has already been made/ });
  await expect(question).toContainText('can then only be opened with the old key file');
  await expectAccessible(page);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  expect(plain(await key.textContent())).toBe(publicKey);
  await page.getByRole('button', { name: 'Make a key pair' }).click();
  await question.getByRole('button', { name: 'Yes, make a new key pair' }).click();
  await expect.poll(async () => plain(await key.textContent())).not.toBe(publicKey);
  expect(plain(await key.textContent())).toMatch(/^age1[0-9a-z]{58}$/);
  await expect(page.getByText('The key file has been saved')).toHaveCount(0);
  const wrong = new age.Decrypter();
  wrong.addPassphrase('another passphrase');
  await expect(wrong.decrypt(new Uint8Array(bytes), 'text')).rejects.toThrow();
});

test('the fingerprint of the public test key is the one the endpoint prints', async () => {
  // The same vector as crates/core/src/fingerprint.rs and the endpoint's test.
  const key = 'age1le90qmv6fgy820gd97xwalgctmlts59e5lcf6avzjmuvcx3xmv3sftuk0y';
  expect(createHash('sha256').update(key).digest('hex').slice(0, 32).match(/.{4}/g)?.join(' ')).toBe(TEST_FINGERPRINT);
});

test('the service worker never keeps or serves the staff page', async ({ page, context }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  await page.goto(`${WITH_ENDPOINT}/nl/staff`);
  await heading(page);
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), { timeout: 20_000 })
    .toBe(true);
  await page.reload();
  await heading(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((p) => /^\/(staff|v1)(\/|$)|^\/(uk|ru|en|nl)\/staff/.test(p))).toEqual([]);
  const offline = readFileSync(`${__dirname}/../../dist/offline/nl.txt`, 'utf8');
  expect(offline).not.toMatch(/\/staff/);
  await context.setOffline(true);
  const response = await page.goto(`${WITH_ENDPOINT}/nl/staff`).catch(() => null);
  expect(response?.fromServiceWorker() ?? false).toBe(false);
  await expect(page.locator('main h1')).toHaveCount(0);
  await context.setOffline(false);
});

test('the staff page runs its own wasm, which the portal never fetches', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(90_000);
  const { fetched: wasm, hydrated } = recordWasm(page);
  await page.goto(`${WITH_ENDPOINT}/uk/registration`);
  await hydrated();
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/hulpwijzer-portal-[0-9a-f]+_bg\.wasm$/);
  // The portal's wasm has no staff page: reaching its address (here by history) loads the
  // pre-rendered staff page, which hydrates with the staff page's wasm.
  await page.evaluate(() => {
    history.pushState(null, '', '/en/staff');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('button', { name: 'Make a key pair' })).toBeVisible({ timeout: 30_000 });
  await hydrated();
  expect(wasm).toHaveLength(2);
  expect(wasm[1]).toMatch(/^\/staff\/hulpwijzer-staff-[0-9a-f]+_bg\.wasm$/);
  // The language links load the other language's pre-rendered staff page: its wasm again.
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/staff$/);
  await expect(page.getByRole('button', { name: 'Sleutelpaar maken' })).toBeVisible();
  await hydrated();
  expect(wasm).toHaveLength(3);
  expect(wasm[2]).toBe(wasm[1]);
});

test('the staff wasm has no host-interest form: reaching the form loads its page with the host wasm', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(90_000);
  const { fetched: wasm, hydrated } = recordWasm(page);
  await page.goto(`${WITH_ENDPOINT}/nl/staff`);
  await expect(page.getByRole('button', { name: 'Sleutelpaar maken' })).toBeVisible({ timeout: 30_000 });
  await hydrated();
  expect(wasm).toEqual([expect.stringMatching(/^\/staff\/hulpwijzer-staff-[0-9a-f]+_bg\.wasm$/)]);
  // Reaching the form's page without a full load (here by history) loads that page whole,
  // which hydrates with the host wasm (decision 33).
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `/uk/hosting-check/yes/yes/yes/yes/yes/yes?m=${MUNICIPALITY}`);
  await expect(page.getByRole('heading', { name: 'Повідомте про готовність прийняти людей' })).toBeVisible({ timeout: 30_000 });
  await hydrated();
  expect(wasm).toHaveLength(2);
  expect(wasm[1]).toMatch(/^\/host\/hulpwijzer-host-[0-9a-f]+_bg\.wasm$/);
});
