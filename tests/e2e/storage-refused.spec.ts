import { expect, Page } from '@playwright/test';
import { test } from './fixtures';
import { heading } from './helpers';
import { exportedOffers } from './sealed-export';
import { consent, fillRequiredFields } from './host-offer';

// The host-interest form on a phone that refuses storage: site data blocked (reading
// `localStorage` throws), `localStorage` null (in-app browsers), and a full quota. The
// offer must still be sent and received, and the host told that no copy stays behind.
// Also: a corrupt outbox is reported. Needs BASE_URL (with an endpoint), ENDPOINT_URL
// and EXPORT_TOKEN (for GM0363) as in host-form.spec.ts.
const MUNICIPALITY = 'GM0363';
const OUTCOME = `/uk/hosting-check/yes/yes/yes/yes/yes/yes?m=${MUNICIPALITY}`;
const WITH_ENDPOINT = process.env.BASE_URL;
const ENDPOINT = process.env.ENDPOINT_URL;
const TOKEN = process.env.EXPORT_TOKEN;
const REFUSED = 'Цей телефон не дозволяє сторінці нічого зберігати';
const OUTBOX_UNREADABLE = 'Форму, збережену раніше на цьому телефоні, не вдалося прочитати';

test.use({ viewport: { width: 360, height: 740 } });

/** Scripts run before the page's own, each making storage fail one way. */
const REFUSALS: Record<string, () => void> = {
  throwing: () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  null: () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, value: null });
  },
  'over quota': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

async function fillForm(page: Page, email: string) {
  await fillRequiredFields(page, email);
  await consent(page).check();
}

async function rowsFor(page: Page, email: string): Promise<unknown[]> {
  return (await exportedOffers(page, MUNICIPALITY)).filter((offer) => offer.email === email);
}

test.describe('when the phone refuses storage', () => {
  test.skip(!WITH_ENDPOINT, 'BASE_URL is not set');

  for (const [name, refuse] of Object.entries(REFUSALS)) {
    test(`localStorage ${name}: the offer is sent and received, and the host is told`, async ({ page }) => {
      await page.addInitScript(refuse);
      const email = `refused.${name.replace(' ', '-')}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.nl`;
      await page.goto(`${WITH_ENDPOINT}${OUTCOME}`);
      await heading(page);
      await fillForm(page, email);
      await expect(page.getByText(REFUSED)).toBeVisible();
      await page.getByRole('button', { name: 'Надіслати' }).click();
      await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText(/Ваш номер заявки: [A-Z]{3}-\d{3}/)).toBeVisible();
      await expect(page.getByText(REFUSED)).toBeVisible();
      if (TOKEN) {
        expect(await rowsFor(page, email)).toHaveLength(1);
      }
    });
  }

  test('an offer not sent yet is not called saved when the phone keeps nothing', async ({ page }) => {
    await page.addInitScript(REFUSALS.null);
    let failed = 0;
    await page.route(/\/v1\/host-interest$/, async (route) => {
      if (route.request().method() === 'POST' && failed === 0) {
        failed += 1;
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });
    await page.goto(`${WITH_ENDPOINT}${OUTCOME}`);
    await heading(page);
    await fillForm(page, `refused.waiting.${Date.now()}@example.nl`);
    await page.getByRole('button', { name: 'Надіслати' }).click();
    await expect(page.getByRole('heading', { name: 'Ще не надіслано' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Збережено на цьому телефоні' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Отримано' })).toBeVisible({ timeout: 20_000 });
    expect(failed).toBe(1);
  });

  test('a corrupt outbox is reported', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('corrupted')) {
        sessionStorage.setItem('corrupted', '1');
        localStorage.setItem('hulpwijzer.host-interest.outbox', '[{"key": 42');
      }
    });
    await page.goto(`${WITH_ENDPOINT}${OUTCOME}`);
    await heading(page);
    await expect(page.getByText(OUTBOX_UNREADABLE)).toBeVisible();
    const outbox = await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.outbox'));
    expect(outbox).toBeNull();
  });

  test('one button clears the draft from the phone', async ({ page }) => {
    await page.goto(`${WITH_ENDPOINT}${OUTCOME}`);
    await heading(page);
    await page.getByLabel("Ваше ім'я").fill('Тарас Шевченко');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.draft')))
      .toContain('Тарас');
    await page.getByRole('button', { name: 'Очистити форму й видалити її з цього телефону' }).click();
    await page.getByRole('button', { name: 'Так, видалити все' }).click();
    await expect(page.getByLabel("Ваше ім'я")).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('hulpwijzer.host-interest.draft'))).toBeNull();
  });
});
