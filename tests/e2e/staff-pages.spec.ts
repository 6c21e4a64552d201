import type { APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';
import { inDays } from './host-offer';
import { exportedOffers } from './sealed-export';
import { ENDPOINT, keyFile, MUNICIPALITY, open, PASSPHRASE, staffPage, TOKEN, uniquePlace, WITH_ENDPOINT } from './staff-tools';

// Many offers on the staff page (issue 24, item 5): they open in batches and show 50 to a
// page; previous/next walk through them with the keyboard; "mark all that match the
// filter as handled" deletes exactly the filtered ones, after one confirmation; long and
// combining-heavy host text stays inside its card.
const OFFERS = 120;
const PAGE_SIZE = 50;

/** Sends one offer as the form does (the endpoint seals it to the municipality's key);
 * its reference. */
/** Posts an offer as the form would; the endpoint's answer. */
function postOffer(request: APIRequestContext, place: string, pets: boolean, name: string) {
  return request.post(`${ENDPOINT}/v1/host-interest`, {
    data: {
      schema_version: 1,
      name,
      email: 'olena@example.nl',
      municipality: MUNICIPALITY,
      place,
      capacity: 2,
      rooms: 1,
      separate_room_with_door: true,
      pets_accepted: pets,
      stairs_or_bunk_beds_only: false,
      remote_location_own_transport_needed: false,
      available_from: inDays(30),
      duration: 'six-to-twelve-months',
      languages: ['nl'],
      note: '',
      consent_contact_now: true,
      consent_keep_for_future: false,
      website: '',
      fill_ms: 60_000,
      idempotency_key: randomUUID(),
    },
  });
}

async function sendOffer(request: APIRequestContext, place: string, pets: boolean, name = 'Olena Koval'): Promise<string> {
  const response = await postOffer(request, place, pets, name);
  expect(response.status()).toBe(201);
  return (await response.json()).reference;
}

/** The references of the cards on the page shown. */
async function cardsShown(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('li.staff-offer').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-reference') ?? ''));
}

test('many offers show 50 to a page and the filtered ones are marked handled at once', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(180_000);
  const place = uniquePlace();
  // Every fourth offer welcomes pets: 30 of 120.
  const sent: { reference: string; pets: boolean }[] = [];
  for (let i = 0; i < OFFERS; i++) {
    const pets = i % 4 === 0;
    sent.push({ reference: await sendOffer(page.request, place, pets), pets });
  }
  const withPets = sent.filter((o) => o.pets).map((o) => o.reference);

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await staffPage(page);
  await open(page, MUNICIPALITY, TOKEN, await keyFile(PASSPHRASE), PASSPHRASE);
  await expect(page.getByText(/aanbiedingen geopend\./)).toBeVisible({ timeout: 60_000 });
  // The key file and the offers were opened in one worker: the decryption module's own.
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/^\/staff\/age-[0-9a-f]+\.js$/);
  // Only this test's offers: the place is unique to it.
  await page.getByLabel('Plaats').fill(place);
  await expect(page.locator('p.staff-count')).toContainText(`${OFFERS} van`);

  // 50, 50, then 20: every offer once, newest first.
  const pager = page.getByRole('navigation', { name: "Pagina's met aanbiedingen" });
  await expect(pager).toContainText('Pagina 1 van 3');
  await expect(page.locator('li.staff-offer')).toHaveCount(PAGE_SIZE);
  const first = await cardsShown(page);
  const previous = pager.getByRole('button', { name: 'Vorige pagina' });
  const next = pager.getByRole('button', { name: 'Volgende pagina' });
  await expect(previous).toBeDisabled();
  // With the keyboard: the button takes focus and Enter turns the page.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Pagina 2 van 3');
  await expect(page.locator('li.staff-offer')).toHaveCount(PAGE_SIZE);
  const second = await cardsShown(page);
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Pagina 3 van 3');
  await expect(page.locator('li.staff-offer')).toHaveCount(OFFERS - 2 * PAGE_SIZE);
  await expect(next).toBeDisabled();
  const third = await cardsShown(page);
  const all = [...first, ...second, ...third];
  expect(new Set(all).size).toBe(OFFERS);
  expect([...all].sort()).toEqual(sent.map((o) => o.reference).sort());
  // Newest first: the last offer sent leads the first page.
  expect(first[0]).toBe(sent[OFFERS - 1].reference);
  await expectAccessible(page);

  // A filter starts again at the first page.
  await page.getByLabel('Huisdieren', { exact: true }).selectOption('welcome');
  await expect(page.locator('li.staff-offer')).toHaveCount(withPets.length);
  await expect(pager).toBeHidden();
  expect((await cardsShown(page)).sort()).toEqual([...withPets].sort());

  // One confirmation marks exactly the filtered offers handled.
  await page.getByRole('button', { name: `Alle ${withPets.length} aanbiedingen die aan het filter voldoen als afgehandeld markeren` }).click();
  const question = page.getByRole('group', { name: /Alle aanbiedingen die aan het filter voldoen/ });
  await question.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.locator('.staff-mark-all [data-count]').first()).toHaveAttribute('data-count', String(withPets.length), { timeout: 60_000 });
  await expect(page.locator('li.staff-offer')).toHaveCount(0);
  const left = (await exportedOffers(page, MUNICIPALITY)).map((o) => o.reference);
  for (const reference of withPets) expect(left).not.toContain(reference);
  for (const { reference } of sent.filter((o) => !o.pets)) expect(left).toContain(reference);

  // The rest are still there, and the page still answers.
  await page.getByLabel('Huisdieren', { exact: true }).selectOption('any');
  await expect(page.locator('p.staff-count')).toContainText(`${OFFERS - withPets.length} van`);
  await expect(pager).toContainText('Pagina 1 van 2');
  await expectAccessible(page);
});

test('where no worker can start, the offers open on the page itself', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(120_000);
  await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  const place = uniquePlace();
  const sent = [await sendOffer(page.request, place, false), await sendOffer(page.request, place, true)];
  await staffPage(page);
  await open(page, MUNICIPALITY, TOKEN, await keyFile(PASSPHRASE), PASSPHRASE);
  await expect(page.getByText(/aanbiedingen geopend\./)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Plaats').fill(place);
  expect((await cardsShown(page)).sort()).toEqual([...sent].sort());
});

test('long and combining-heavy host text stays inside its card; stacked marks are refused', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const place = uniquePlace();
  // A letter under 90 combining marks is refused (at most three on one letter) …
  const zalgo = await postOffer(page.request, place, false, `Zalgo${'\u0301\u0316'.repeat(45)}`);
  expect(zalgo.status()).toBe(422);
  expect((await zalgo.json()).errors.name).toEqual(['invalid']);
  // … while 100 letters without a break, and every letter under three marks, are taken.
  const long = await sendOffer(page.request, place, false, 'W'.repeat(100));
  const marks = await sendOffer(page.request, place, false, 'Z\u0301\u0316\u0317'.repeat(25));
  await staffPage(page);
  await open(page, MUNICIPALITY, TOKEN, await keyFile(PASSPHRASE), PASSPHRASE);
  await expect(page.getByText(/aanbiedingen? geopend\./)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Plaats').fill(place);
  await expect(page.locator('li.staff-offer')).toHaveCount(2);
  // Nothing runs past the screen's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const reference of [long, marks]) {
    const card = page.locator(`li.staff-offer[data-reference="${reference}"]`);
    const name = card.locator('dd[data-field="name"]');
    const box = await name.boundingBox();
    const cardBox = await card.boundingBox();
    expect(box && cardBox && box.x + box.width <= cardBox.x + cardBox.width + 0.5).toBe(true);
    // The marks are clipped to their own value: nothing of it paints over the reference.
    expect(await name.evaluate((dd) => getComputedStyle(dd).overflow)).toBe('hidden');
    const heading = await card.locator('h3').boundingBox();
    expect(heading && box && heading.y + heading.height <= box.y).toBe(true);
  }
});
