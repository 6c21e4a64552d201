import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, heading, recordWasm } from './helpers';
import { exportedOffers } from './sealed-export';
import { consent, fillRequiredFields } from './host-offer';

// The host-interest form on the hosting check's last outcome, for Amsterdam (GM0363).
// BASE_URL serves the bundle with an endpoint in /config.json, BASE_URL_NO_ENDPOINT the
// same bundle without one; ENDPOINT_URL and EXPORT_TOKEN (for GM0363) let us count rows.
const MUNICIPALITY = 'GM0363';
const OUTCOME = `/uk/hosting-check/yes/yes/yes/yes/yes/yes?m=${MUNICIPALITY}`;
const WITH_ENDPOINT = process.env.BASE_URL;
const NO_ENDPOINT = process.env.BASE_URL_NO_ENDPOINT;
const ENDPOINT = process.env.ENDPOINT_URL;
const TOKEN = process.env.EXPORT_TOKEN;

test.use({ viewport: { width: 360, height: 740 } });

/** An address no other test run uses, to find exactly our rows in the export. */
function uniqueEmail(tag: string): string {
  return `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.nl`;
}

async function openForm(page: Page, base = WITH_ENDPOINT) {
  await page.goto(`${base}${OUTCOME}`);
  await heading(page);
  await expect(page.getByRole('heading', { name: 'Повідомте про готовність прийняти людей' })).toBeVisible();
}

/** Fills every required field in Ukrainian except the consent. */
async function fillAllButConsent(page: Page, email: string) {
  await expect(page.getByLabel('Муніципалітет (gemeente), де розташована кімната')).toHaveValue(MUNICIPALITY);
  await fillRequiredFields(page, email);
  await page.getByLabel('Окрема кімната з дверима, що зачиняються').check();
  await page.getByLabel('Ще щось? (необов\'язково)').fill('Маємо кота 🐈');
}

const send = (page: Page) => page.getByRole('button', { name: 'Надіслати' });

/** The export rows of GM0363 with this e-mail, opened with the test key (needs EXPORT_TOKEN). */
async function rowsFor(page: Page, email: string): Promise<unknown[]> {
  return (await exportedOffers(page, MUNICIPALITY)).filter((offer) => offer.email === email);
}

test.describe('with an endpoint', () => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');

  test('an error is shown, fixed, and the offer is received with a reference', async ({ page }) => {
    await openForm(page);
    const email = uniqueEmail('olena');
    await fillAllButConsent(page, email);
    await send(page).click();

    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'Виникла проблема' })).toBeVisible();
    await expect(summary).toBeFocused();
    const message = 'Позначте поле, щоб погодитися, що муніципалітет може з вами зв\'язатися.';
    await expect(summary.getByRole('link', { name: new RegExp(message) })).toBeVisible();
    await expect(consent(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#hi-consent_contact_now-error')).toContainText(message);
    await expectAccessible(page);

    await summary.getByRole('link', { name: new RegExp(message) }).click();
    await expect(consent(page)).toBeFocused();
    await consent(page).check();
    await send(page).click();

    await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible();
    const reference = page.getByText(/Ваш номер заявки: [A-Z]{3}-\d{3}/);
    await expect(reference).toBeVisible();
    if (TOKEN) {
      expect(await rowsFor(page, email)).toHaveLength(1);
    }
  });

  test('offline, the offer waits on the phone and is sent exactly once when back online', async ({ page, context }) => {
    await openForm(page);
    const email = uniqueEmail('offline');
    await fillAllButConsent(page, email);
    await consent(page).check();
    await context.setOffline(true);
    await send(page).click();
    await expect(page.getByRole('heading', { name: 'Збережено на цьому телефоні' })).toBeVisible({ timeout: 15_000 });
    // Let a retry or two fail while offline.
    await page.waitForTimeout(2_500);
    await context.setOffline(false);
    await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/Ваш номер заявки: [A-Z]{3}-\d{3}/)).toBeVisible();
    const outbox = await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.outbox'));
    expect(JSON.parse(outbox ?? '[]')).toEqual([]);
    if (TOKEN) {
      // A few more seconds for any stray retry; it must not make a second row.
      await page.waitForTimeout(3_000);
      expect(await rowsFor(page, email)).toHaveLength(1);
    } else {
      // Without a token: sending the same submission again returns the same reference (200).
      const sent = JSON.parse((await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.sent'))) ?? '[]');
      expect(sent).toHaveLength(1);
    }
  });

  test('only the form\'s pages load the host wasm; other pages point to a waiting offer', async ({ page }) => {
    test.setTimeout(120_000);
    const { fetched: wasm, hydrated } = recordWasm(page);
    // A portal page fetches the portal's wasm, which has no form: reaching the form's
    // address without a full load (here by history) loads its page with the host wasm.
    await page.goto(`${WITH_ENDPOINT}/uk/registration`);
    await hydrated();
    expect(wasm).toEqual([expect.stringMatching(/^\/hulpwijzer-portal-[0-9a-f]+_bg\.wasm$/)]);
    await page.evaluate((url) => {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, OUTCOME);
    await expect(page.getByRole('heading', { name: 'Повідомте про готовність прийняти людей' })).toBeVisible({ timeout: 30_000 });
    expect(wasm).toHaveLength(2);
    expect(wasm[1]).toMatch(/^\/host\/hulpwijzer-host-[0-9a-f]+_bg\.wasm$/);
    // The endpoint cannot be reached: the offer waits on the phone.
    await page.route('**/v1/host-interest', (route) => route.abort());
    const email = uniqueEmail('elsewhere');
    await fillAllButConsent(page, email);
    await consent(page).check();
    await send(page).click();
    await expect(page.getByRole('heading', { name: 'Збережено на цьому телефоні' })).toBeVisible({ timeout: 15_000 });
    // Another page, with the portal's wasm, cannot send it: it says so and links to the form.
    await page.goto(`${WITH_ENDPOINT}/uk/registration`);
    await hydrated();
    expect(wasm.slice(2)).toEqual([wasm[0]]);
    const notice = page.locator('[data-offer-notice="waiting"]');
    await expect(notice).toHaveAttribute('role', 'status');
    const link = notice.getByRole('link', { name: 'Відкрийте сторінку форми, щоб її надіслати' });
    await expect(link).toHaveAttribute('href', OUTCOME);
    await expectAccessible(page);
    // Once the endpoint answers, the form's page sends it by itself, exactly once.
    await page.unroute('**/v1/host-interest');
    await link.click();
    await expect(page).toHaveURL(`${WITH_ENDPOINT}${OUTCOME}`);
    await hydrated();
    expect(wasm.at(-1)).toBe(wasm[1]);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('hulpwijzer.host-interest.outbox') ?? '[]')), { timeout: 20_000 })
      .toEqual([]);
    await expect(page.getByText(/[A-Z]{3}-\d{3}/).first()).toBeVisible();
    // With nothing waiting, the other pages tell only of the offer sent.
    await page.goto(`${WITH_ENDPOINT}/uk/registration`);
    await hydrated();
    await expect(page.locator('[data-offer-notice="waiting"]')).toHaveCount(0);
    await expect(page.locator('[data-offer-notice="sent"]')).toHaveCount(1);
    if (TOKEN) expect(await rowsFor(page, email)).toHaveLength(1);
  });

  test('a request that never answers is given up and the offer sent again, once', async ({ page }) => {
    test.setTimeout(60_000);
    await openForm(page);
    const email = uniqueEmail('silent');
    await fillAllButConsent(page, email);
    await consent(page).check();
    // The first attempt meets a connection that went silent: no answer, ever.
    let silenced = 0;
    await page.route(/\/v1\/host-interest$/, async (route) => {
      if (route.request().method() === 'POST' && silenced === 0) {
        silenced += 1;
        return;
      }
      await route.continue();
    });
    await send(page).click();
    await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible({ timeout: 30_000 });
    expect(silenced).toBe(1);
    if (TOKEN) {
      expect(await rowsFor(page, email)).toHaveLength(1);
    }
  });

  test('the check\'s answer starts the form, clearing asks first, and the receipt takes focus', async ({ page }) => {
    await openForm(page);
    // "Own room with a door" was answered yes in the check: the form starts ticked, and
    // that alone is not a draft worth keeping on the phone.
    const room = page.getByLabel('Окрема кімната з дверима, що зачиняються');
    await expect(room).toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.draft'))).toBeNull();
    // Unticking it is the host's choice, kept over a reload.
    await room.uncheck();
    await page.getByLabel("Ваше ім'я").fill('Тарас Шевченко');
    await page.reload();
    await heading(page);
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('Тарас Шевченко');
    await expect(room).not.toBeChecked();

    // Clearing asks first; "no" keeps everything.
    const clear = page.getByRole('button', { name: 'Очистити форму й видалити її з цього телефону' });
    await clear.click();
    const question = page.getByRole('group', { name: /Видалити все, що ви заповнили\?/ });
    await expect(question).toBeVisible();
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Ні, залишити' }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('Тарас Шевченко');
    await clear.click();
    await question.getByRole('button', { name: 'Так, видалити все' }).click();
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('');
    await expect(room).toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.draft'))).toBeNull();

    // After sending, the receipt takes focus and is on screen.
    const email = uniqueEmail('receipt');
    await expect(page.getByLabel('Муніципалітет (gemeente), де розташована кімната')).toHaveValue(MUNICIPALITY);
    await fillRequiredFields(page, email);
    await consent(page).check();
    await send(page).click();
    const receipt = page.getByRole('heading', { name: 'Отримано' });
    await expect(receipt).toBeFocused({ timeout: 15_000 });
    await expect(receipt).toBeInViewport();
    if (TOKEN) {
      const rows = await rowsFor(page, email);
      expect(rows).toHaveLength(1);
      expect((rows[0] as { separate_room_with_door?: unknown }).separate_room_with_door).toBe(true);
    }
  });

  test('a reload in the middle keeps what was typed', async ({ page }) => {
    await openForm(page);
    await page.getByLabel("Ваше ім'я").fill('Тарас Шевченко');
    await page.getByLabel('Скільки людей може жити?').selectOption('3');
    await page.getByLabel('Можна з домашніми тваринами').check();
    await page.reload();
    await heading(page);
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('Тарас Шевченко');
    await expect(page.getByLabel('Скільки людей може жити?')).toHaveValue('3');
    await expect(page.getByLabel('Можна з домашніми тваринами')).toBeChecked();
  });

  test('a corrupt draft is discarded with a notice', async ({ page }) => {
    await page.goto(`${WITH_ENDPOINT}/uk/`);
    await page.evaluate(() => localStorage.setItem('hulpwijzer.host-interest.draft', '{"name": 42'));
    await openForm(page);
    await expect(page.getByText('Не вдалося прочитати те, що ви ввели раніше')).toBeVisible();
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('');
  });
});

test.describe('without an endpoint', () => {
  test.skip(!NO_ENDPOINT, 'BASE_URL_NO_ENDPOINT is not set');

  test('there is no form, but a notice and the municipality card', async ({ page }) => {
    await page.goto(`${NO_ENDPOINT}${OUTCOME}`);
    await heading(page);
    await expect(page.locator('.host-form, p.form-elsewhere')).toHaveCount(1);
    await expect(page.locator('p.form-elsewhere')).toBeVisible();
    await expect(page.locator('article.municipality h3')).toHaveText('Amsterdam');
    await expect(page.getByRole('button', { name: 'Надіслати' })).toHaveCount(0);
    await expect(page.locator('form')).toHaveCount(0);
  });
});
