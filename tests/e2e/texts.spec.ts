import { expect, test } from './fixtures';
import { heading } from './helpers';

// The texts come in two parts (crates/core/src/texts.rs): every page loads the portal's,
// and only the pages with the host-interest form (host wasm) load the form's after it.
const FORM_PAGE = '/uk/hosting-check/yes/yes/yes/yes/yes/yes';

function recordTexts(page: import('@playwright/test').Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/locales/')) fetched.push(path);
  });
  return fetched;
}

test('a page of the portal loads only the portal texts, and the form page the form texts too', async ({ page }) => {
  const fetched = recordTexts(page);
  await page.goto('/uk/registration');
  await heading(page);
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/^\/locales\/uk-[0-9a-f]{16}\.ftl$/);

  fetched.length = 0;
  await page.goto(FORM_PAGE);
  await heading(page);
  expect(fetched.map((p) => p.replace(/[0-9a-f]{16}/, 'V'))).toEqual(['/locales/uk-V.ftl', '/locales/uk-V-form.ftl']);
  // The form is rendered with its own texts once live (its heading is a message of form.ftl).
  await expect(page.getByRole('heading', { name: 'Повідомте про готовність прийняти людей' })).toBeVisible();
});
