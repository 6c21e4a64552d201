import type { Page } from '@playwright/test';

// Filling the host-interest form in Ukrainian, shared by the specs that send offers.

/** A date `days` from today as YYYY-MM-DD (what a date input takes). */
export function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Fills the fields every offer needs, except the consent, with `email` as contact. */
export async function fillRequiredFields(page: Page, email: string) {
  await page.getByLabel("Ваше ім'я").fill('Олена Коваль');
  await page.getByLabel('Електронна пошта (необов\'язково)').fill(email);
  await page.getByLabel('Місто чи село').fill('Amsterdam');
  await page.getByLabel('Скільки людей може жити?').selectOption('2');
  await page.getByLabel('Скільки кімнат ви пропонуєте?').selectOption('1');
  await page.getByLabel('Вільно з').fill(inDays(30));
  await page.getByLabel('На який термін?').selectOption('six-to-twelve-months');
  await page.getByRole('group', { name: 'Мови, якими говорять у вашій родині' }).getByLabel('Нідерландська').check();
}

/** The consent checkbox. */
export const consent = (page: Page) => page.getByLabel('Муніципалітет може зв\'язатися зі мною щодо розміщення людей.');
