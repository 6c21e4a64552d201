import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { heading } from './helpers';

// The staff page's steps shared by the staff specs: the key file, the opener, the page.

export const MUNICIPALITY = 'GM0363';
export const WITH_ENDPOINT = process.env.BASE_URL;
export const ENDPOINT = process.env.ENDPOINT_URL;
export const TOKEN = process.env.EXPORT_TOKEN ?? '';
export const IDENTITY = process.env.AGE_TEST_IDENTITY ?? '';
export const PASSPHRASE = 'correct horse battery staple';

/** `age-encryption` is an ES module; see sealed-export.ts. */
export const importModule = new Function('name', 'return import(name)') as (name: string) => Promise<any>;

/** The test identity as a passphrase-protected key file, as the staff page saves one. */
export async function keyFile(passphrase: string): Promise<Buffer> {
  const age = await importModule('age-encryption');
  const e = new age.Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(12);
  return Buffer.from(await e.encrypt(`# public key: ${await age.identityToRecipient(IDENTITY)}\n${IDENTITY}\n`));
}

/** A place name no other test uses (letters only, as the form wants). */
export function uniquePlace(): string {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Staffdorp ${letters}`;
}

/** Fills the opener: municipality, token, key file, passphrase; presses "open". */
export async function open(page: Page, municipality: string, token: string, file: Buffer, passphrase: string) {
  await page.getByLabel('Gemeente', { exact: true }).selectOption(municipality);
  await page.getByLabel('Exportcode').fill(token);
  await page.getByLabel('Sleutelbestand van uw gemeente').setInputFiles({ name: 'hulpwijzer-sleutel.age', mimeType: 'application/octet-stream', buffer: file });
  await page.getByLabel('Wachtwoordzin van het sleutelbestand').fill(passphrase);
  await page.getByRole('button', { name: 'Aanbiedingen openen' }).click();
}

/** Opens /staff/ (the Dutch page) and waits until the municipality can be chosen. */
export async function staffPage(page: Page) {
  await page.goto(`${WITH_ENDPOINT}/staff/`);
  await expect(page).toHaveURL(/\/nl\/staff$/);
  await heading(page);
  // The municipalities that take offers are listed once the endpoint has said which.
  await expect(page.getByLabel('Gemeente', { exact: true }).locator(`option[value="${MUNICIPALITY}"]`)).toHaveCount(1);
}
