import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, heading } from './helpers';

// The municipality's own card (issue 23): staff of Amsterdam, with its export token, see
// the card as readers see it, propose a correction on the staff page (checked before
// sending, so an invalid number never leaves the browser), and find it pending; with
// Amsterdam's token for Borger-Odoorn the endpoint refuses it and nothing typed is lost.
const MUNICIPALITY = 'GM0363';
const OTHER = 'GM1681';
const WITH_ENDPOINT = process.env.BASE_URL;
const ENDPOINT = process.env.ENDPOINT_URL;
const TOKEN = process.env.EXPORT_TOKEN ?? '';
const FIELDS = ['ukraine_email', 'ukraine_phone', 'general_phone', 'brp_appointment_url', 'leefgeld_url', 'leefgeld_email', 'leefgeld_phone', 'place_name', 'place_address', 'place_hours', 'source'];

test.use({ viewport: { width: 360, height: 740 } });

test('a municipality proposes its card; another municipality\'s token is refused', async ({ page }) => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');
  test.setTimeout(90_000);
  const posted: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/card-proposals')) posted.push(r);
  });
  await page.goto(`${WITH_ENDPOINT}/nl/staff`);
  await heading(page);
  const municipality = page.getByLabel('Gemeente', { exact: true });
  await expect(municipality.locator(`option[value="${MUNICIPALITY}"]`)).toHaveCount(1);
  await municipality.selectOption(MUNICIPALITY);
  await page.getByLabel('Exportcode').fill(TOKEN);

  // The card as readers see it, then a form with one input per field, in order, empty
  // because the portal has no card of Amsterdam's own yet.
  const section = page.locator('section[aria-labelledby="staff-card-heading"]');
  const card = section.locator('article.municipality');
  await expect(card.getByRole('heading', { name: 'Amsterdam' })).toBeVisible();
  await expect(card.locator('a.channel.web[href="https://amsterdam.nl"]')).toHaveCount(1);
  const inputs = section.locator('form input');
  await expect(inputs).toHaveCount(FIELDS.length);
  expect(await inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).name))).toEqual(FIELDS);
  expect(await inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value))).toEqual(FIELDS.map(() => ''));
  await expect(section.locator('fieldset legend')).toHaveCount(5);
  await expect(section.locator('input[name="ukraine_phone"]')).toHaveAttribute('type', 'tel');
  await expect(section.locator('input[name="ukraine_email"]')).toHaveAttribute('type', 'email');
  await expect(section.locator('input[name="source"]')).toHaveAttribute('type', 'url');

  const email = page.getByLabel('E-mailadres van het Oekraïne-loket');
  const phone = page.getByLabel('Telefoonnummer van het Oekraïne-loket');
  const place = page.getByLabel('Naam van de plek');
  const address = page.getByLabel('Adres van de plek');
  const send = section.getByRole('button', { name: 'Voorstel versturen' });
  await email.fill('oekraine-test@example.nl');
  await phone.fill('12');
  await place.fill('Testplek');
  await address.fill('Teststraat 1');

  // An invalid number: marked at the field, the summary takes focus, nothing is sent.
  await send.click();
  const summary = section.locator('#card-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveCount(1);
  await expect(summary.locator('a')).toHaveAttribute('href', '#card-ukraine_phone');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAttribute('aria-describedby', 'card-ukraine_phone-error');
  await expect(section.locator('#card-ukraine_phone-error')).toBeVisible();
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  expect(posted).toHaveLength(0);

  // Fixed and sent: the endpoint stores exactly what was entered.
  await phone.fill('020 555 0100');
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/card-proposals')), send.click()]);
  expect(response.status()).toBe(201);
  const status = section.locator('#card-status');
  await expect(status).toBeFocused();
  await expect(status).toContainText('Ontvangen op');
  await expect(summary).toHaveCount(0);
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  const listed = await page.request.get(`${ENDPOINT}/v1/municipalities/${MUNICIPALITY}/card-proposals`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(listed.status()).toBe(200);
  const newest = (await listed.json()).proposals[0];
  expect(newest.status).toBe('pending');
  expect(Object.fromEntries(Object.entries(newest.card).filter(([, v]) => v !== null && v !== undefined))).toEqual({
    ukraine_email: 'oekraine-test@example.nl',
    ukraine_phone: '020 555 0100',
    place_name: 'Testplek',
    place_address: 'Teststraat 1',
  });
  // The page lists it, newest first, as waiting for review.
  await expect(section.locator('ul.card-proposals li').first()).toHaveAttribute('data-status', 'pending');
  await expectAccessible(page);

  // Amsterdam's token for Borger-Odoorn: refused (403), and what was typed stays.
  await municipality.selectOption(OTHER);
  await expect(card.getByRole('heading', { name: 'Borger-Odoorn' })).toBeVisible();
  const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/${OTHER}/card-proposals`)), send.click()]);
  expect(refused.status()).toBe(403);
  await expect(section.locator('.staff-card-form [role="alert"] [data-error]')).toHaveAttribute('data-error', 'staff-error-other-municipality');
  await expect(section.locator('.staff-card-form [role="alert"]')).toHaveText('Deze exportcode hoort bij een andere gemeente. Kies de juiste gemeente of gebruik de code van deze gemeente.');
  await expect(email).toHaveValue('oekraine-test@example.nl');
  await expect(phone).toHaveValue('020 555 0100');
  await expect(place).toHaveValue('Testplek');
  await expect(address).toHaveValue('Teststraat 1');
  expect(posted).toHaveLength(2);
});
