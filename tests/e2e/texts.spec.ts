import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, heading, node } from './helpers';
import { controlled, savedLanguage } from './service-worker';

// The texts come in parts (crates/core/src/texts.rs): every page loads the portal's, the
// pages of the trees for hosts that of those trees after it, only the pages with the
// host-interest form (host wasm) the form's last, the embedding page its own and, with the
// host wasm (decision 31), the form's, and the staff page (staff wasm) the form's and its own
// (decision 30).
const FORM_PAGE = '/uk/hosting-check/yes/yes/yes/yes/yes/yes';

// Whether `request` is the page's own, not a frame's in it (the embedding page's preview is a
// frame of the portal that loads the portal's texts and wasm). A service worker's request has
// no frame: it counts as the page's.
function fromPage(page: Page, request: Request): boolean {
  try {
    return request.frame() === page.mainFrame();
  } catch {
    return true;
  }
}

function recordTexts(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (!fromPage(page, r)) return;
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/locales/')) fetched.push(path.replace(/-[0-9a-f]{16}/, '-V'));
  });
  return fetched;
}

test('a page of the portal loads only the portal texts, and the form page the hosts and form texts too', async ({ page }) => {
  const fetched = recordTexts(page);
  await page.goto('/uk/registration');
  await heading(page);
  expect(fetched).toEqual(['/locales/uk-V.ftl']);

  fetched.length = 0;
  await page.goto(FORM_PAGE);
  await heading(page);
  expect(fetched).toEqual(['/locales/uk-V.ftl', '/locales/uk-V-hosts.ftl', '/locales/uk-V-form.ftl']);
  // The form is rendered with its own texts once live (its heading is a message of form.ftl).
  await expect(page.getByRole('heading', { name: 'Повідомте про готовність прийняти людей' })).toBeVisible();
});

test('the embedding page loads its own texts after the portal texts, with the host wasm', async ({ page }) => {
  const fetched = recordTexts(page);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (!fromPage(page, r)) return;
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) wasm.push(path.replace(/-[0-9a-f]{16}/, '-V'));
  });
  await page.goto('/uk/embed');
  await heading(page);
  await expect(page.locator('main h1')).not.toHaveText('embed-title');
  expect(fetched).toEqual(['/locales/uk-V.ftl', '/locales/uk-V-embed.ftl', '/locales/uk-V-form.ftl']);
  // The page for web editors is not in the wasm every refugee downloads (decision 31).
  expect(wasm).toEqual(['/host/hulpwijzer-host-V_bg.wasm']);
});

test('the staff page loads the form texts and its own after the portal texts', async ({ page }) => {
  const fetched = recordTexts(page);
  await page.goto('/nl/staff');
  await heading(page);
  await expect(page.locator('main h1')).not.toHaveText('staff-title');
  expect(fetched).toEqual(['/locales/nl-V.ftl', '/locales/nl-V-form.ftl', '/locales/nl-V-staff.ftl']);
});

test('from a page without the hosts texts, a tree for hosts loads as its own page with them', async ({ page }) => {
  const fetched = recordTexts(page);
  await page.goto('/uk/');
  await heading(page);
  expect(fetched).toEqual(['/locales/uk-V.ftl']);
  await choose(page, 'host');
  expect(await node(page)).toMatchObject({ tree: 'host', node: 'topic' });
  await expect(page.locator('main h1')).not.toHaveText('host-topic');
  expect(fetched).toEqual(['/locales/uk-V.ftl', '/locales/uk-V.ftl', '/locales/uk-V-hosts.ftl']);
  // Within the trees for hosts the app navigates itself, with the texts it has.
  fetched.length = 0;
  await choose(page, 'hosting-now');
  expect(await node(page)).toMatchObject({ tree: 'hosting-now' });
  await expect(page.locator('main h1')).not.toHaveText(/^hosting-now-/);
  expect(fetched).toEqual([]);
});

test('a saved language opens the trees for hosts offline, reached from a refugee page', async ({ page, context }) => {
  await page.goto('/en/registration');
  await heading(page);
  await controlled(page);
  const saver = page.locator('footer .offline-saver');
  await saver.getByRole('button').click();
  // The confirming button comes once the list of files has arrived; a second click before
  // that would hit the first button again.
  await saver.locator('.utrecht-button--primary-action').click();
  await savedLanguage(saver);

  await context.setOffline(true);
  await page.goto('/en/');
  await heading(page);
  await choose(page, 'host');
  expect(await node(page)).toMatchObject({ tree: 'host', node: 'topic' });
  await expect(page.locator('main h1')).not.toHaveText('host-topic');
  await context.setOffline(false);
});
