import { expect, Page } from '@playwright/test';

// The export of a municipality's offers: each item carries the offer sealed to the
// municipality's age key (base64). The test municipalities are registered with the test
// key, whose identity the stack passes as AGE_TEST_IDENTITY; this opens them as staff do.

const ENDPOINT = process.env.ENDPOINT_URL;
const TOKEN = process.env.EXPORT_TOKEN;
const IDENTITY = process.env.AGE_TEST_IDENTITY;

/** `age-encryption` is an ES module; a plain `import()` keeps the CommonJS build of the
 * specs from turning it into `require()`, which Node 20 cannot do for ES modules. */
const importModule = new Function('name', 'return import(name)') as (name: string) => Promise<any>;

/** An opened offer: the stored form fields plus the export's reference and time. */
export interface Offer {
  reference: string;
  received_at: string;
  [field: string]: unknown;
}

/** Every offer of `municipality` in the export, opened with the test identity. */
export async function exportedOffers(page: Page, municipality: string): Promise<Offer[]> {
  expect(IDENTITY, 'AGE_TEST_IDENTITY (set by cargo xtask)').toBeTruthy();
  const response = await page.request.get(`${ENDPOINT}/v1/municipalities/${municipality}/host-interest`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  const age = await importModule('age-encryption');
  const offers: Offer[] = [];
  for (const item of body.items as { reference: string; received_at: string; sealed: string }[]) {
    expect(Object.keys(item).sort()).toEqual(['received_at', 'reference', 'sealed']);
    const decrypter = new age.Decrypter();
    decrypter.addIdentity(IDENTITY);
    const text: string = await decrypter.decrypt(Buffer.from(item.sealed, 'base64'), 'text');
    offers.push({ ...JSON.parse(text), reference: item.reference, received_at: item.received_at });
  }
  return offers;
}
