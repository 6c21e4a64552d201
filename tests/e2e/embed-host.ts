import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The portal under test (the origin embed.js is served from). */
export const PORTAL = process.env.BASE_URL!;

/**
 * A municipality's website on another origin: a tiny HTTP server on a loopback address
 * other than the portal's, serving the pages a test registers. `http://127.0.0.2` is among
 * the default frame-ancestors; `http://localhost` is not.
 */
export class HostSite {
  private pages = new Map<string, string>();
  private constructor(private server: Server, readonly origin: string) {}

  static async start(host: '127.0.0.2' | 'localhost'): Promise<HostSite> {
    let site: HostSite;
    const server = createServer((req, res) => {
      const body = site.pages.get((req.url ?? '/').split('?')[0]);
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((done) => server.listen(0, host === 'localhost' ? '127.0.0.1' : host, done));
    const port = (server.address() as AddressInfo).port;
    site = new HostSite(server, `http://${host}:${port}`);
    return site;
  }

  /** Registers a page and returns its URL. */
  page(path: string, html: string): string {
    this.pages.set(path, html);
    return this.origin + path;
  }

  async stop() {
    await new Promise((done) => this.server.close(done));
  }
}

/** A host page with the snippet (`attrs` on the div), content above and below it. */
export function hostPage(attrs: string, { lang = 'nl', extra = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Gemeente Voorbeeld</title></head>
<body><header><p>Gemeente Voorbeeld</p></header><main><h1>Hulp voor mensen uit Oekraïne</h1>
<p style="margin-bottom:20rem">Op deze pagina vindt u de Hulpwijzer.</p>
<div data-hulpwijzer ${attrs}><a href="${PORTAL}/${lang}/">Hulpwijzer: hulp voor mensen uit Oekraïne</a></div>
<p style="margin-top:60rem">Einde van de pagina.</p>${extra}</main>
<script src="${PORTAL}/embed.js" async></script></body></html>`;
}

/** The portal's iframe on the host page, and its frame once it has hydrated. */
export async function portalFrame(page: Page): Promise<{ element: Locator; frame: Frame }> {
  const element = page.locator('iframe[data-hulpwijzer-frame]');
  await expect(element).toHaveCount(1);
  const frame = (await (await element.elementHandle())!.contentFrame())!;
  await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(frame.locator('main h1')).not.toHaveText('');
  return { element, frame };
}

/**
 * The iframe is exactly as tall as the page inside it, which therefore has no scrollbar of
 * its own and nothing cut off.
 */
export async function expectFits(element: Locator, frame: Frame) {
  // Polled together: content that arrives after the page (the form, once the endpoint has
  // said the municipality takes offers) grows the page first and the frame a moment later.
  await expect
    .poll(async () => {
      const page = await frame.evaluate(() => ({
        inner: Math.ceil(document.documentElement.getBoundingClientRect().height),
        overflow: document.documentElement.scrollHeight - innerHeight,
        scrollbar: innerWidth - document.documentElement.clientWidth,
      }));
      const outer = await element.evaluate((f) => f.getBoundingClientRect().height);
      return {
        'frame height minus content height': Math.abs(page.inner - outer) <= 1,
        'content below the frame': page.overflow <= 1,
        'width taken by a scrollbar': page.scrollbar === 0,
      };
    })
    .toEqual({
      'frame height minus content height': true,
      'content below the frame': true,
      'width taken by a scrollbar': true,
    });
}
