import { expect, test as base } from '@playwright/test';

/**
 * Every test fails on a console error or warning, or an uncaught exception, in any of
 * its pages: this is how a hydration mismatch (a warning in debug, a panic in release)
 * shows. A failed network request (a 404 page, an endpoint's 422, going offline) is the
 * browser's own report, not the app's, and is left to the test that causes it; so is
 * Playwright's note that a test blocked service workers.
 */
export const test = base.extend<{ consoleProblems: void }>({
  consoleProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (msg) => {
          const text = msg.text();
          if ((msg.type() === 'error' || msg.type() === 'warning') && !/Failed to load resource|net::ERR_|blocked by Playwright/.test(text)) {
            problems.push(`${msg.type()}: ${text} (${page.url()})`);
          }
        });
        page.on('pageerror', (err) => problems.push(`uncaught: ${err.message} (${page.url()})`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
