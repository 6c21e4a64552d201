import { expect, test } from './fixtures';
import { expectAccessible, heading } from './helpers';

// The page for web editors writes the snippet from their choices and previews it live.
for (const locale of ['nl', 'en']) {
  test(`/${locale}/embed: choices make the snippet and the live preview`, async ({ page }) => {
    await page.goto(`/${locale}/embed`);
    await heading(page);
    await page.locator('#municipality-search').fill('Utrecht');
    await page.locator('ul.results button', { hasText: 'Utrecht (Utrecht)' }).click();
    await expect(page).toHaveURL(/\/embed\?m=GM0344$/);
    await page.locator('#embed-lang').selectOption(locale);
    await page.locator('#embed-start').selectOption('registration');
    await page.locator('#embed-theme').selectOption('denhaag');
    const code = page.locator('pre.snippet');
    await expect(code).toContainText(`data-municipality="GM0344" data-lang="${locale}" data-start="registration" data-theme="denhaag"`);
    await expect(code).toContainText(`/${locale}/registration?m=GM0344`);
    await expect(code).toContainText('/embed.js" async></script>');
    // The preview is the real snippet: embed.js makes the frame, which follows the choices.
    const frame = page.frameLocator('.embed-preview iframe');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'denhaag');
    await expect(frame.locator('main h1')).toHaveAttribute('data-tree', 'registration');
    await expect(page.locator('.embed-preview iframe')).toHaveAttribute('src', new RegExp(`/${locale}/registration\\?embed=.*m=GM0344.*theme=denhaag`));
    // The statement names the portal's results and the day they were measured.
    await expect(page.locator('p.statement')).toContainText('WCAG 2.2');
    await expect(page.locator('p.statement')).toContainText(/20\d\d/);
    await expectAccessible(page);
  });
}
