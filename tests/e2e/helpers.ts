import { expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['uk', 'ru', 'en', 'nl'] as const;
export const ROOT = join(__dirname, '..', '..');

/**
 * Waits until the page shows its heading and, unless `live` is false (pages tested
 * without JavaScript), is hydrated: the app marks `<html data-hydrated>`, and from then
 * on links navigate client-side.
 */
export async function heading(page: Page, live = true) {
  const h1 = page.locator('main h1');
  await expect(h1).toBeVisible();
  await expect(h1).not.toHaveText('');
  if (live) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  }
  return h1;
}

/**
 * The path of every wasm the page fetches from now on, in order, and a wait until the
 * page (after any full load) is hydrated: for the tests of which page loads which wasm.
 */
export function recordWasm(page: Page) {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) fetched.push(new URL(r.url()).pathname);
  });
  const hydrated = () => expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
  return { fetched, hydrated };
}

/** The tree node the page shows, from the heading's data attributes. */
export async function node(page: Page, live = true): Promise<{ tree: string | null; node: string | null; outcome: boolean }> {
  const h1 = await heading(page, live);
  return {
    tree: await h1.getAttribute('data-tree'),
    node: await h1.getAttribute('data-node'),
    outcome: (await h1.getAttribute('data-outcome')) === 'true',
  };
}

/** Chooses the option with this id on the current question. */
export async function choose(page: Page, option: string) {
  await page.locator(`a.option[data-option="${option}"]`).click();
}

/** Fails on any WCAG 2.x A/AA violation axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Fluent isolation marks are not expected (isolation is off), but strip them if present. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '').trim();
}

export interface Journey {
  answers: string[];
  outcome?: string;
  tree?: string;
}

/** The journey tables of content/journeys (a tiny reader for their fixed format). */
export function journeyTables(): Map<string, Journey[]> {
  const dir = join(ROOT, 'content', 'journeys');
  const tables = new Map<string, Journey[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const rows: Journey[] = [];
    for (const block of text.split('[[journey]]').slice(1)) {
      const answers = /answers\s*=\s*\[([^\]]*)\]/.exec(block)?.[1] ?? '';
      rows.push({
        answers: [...answers.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
        outcome: /outcome\s*=\s*"([^"]+)"/.exec(block)?.[1],
        tree: /tree\s*=\s*"([^"]+)"/.exec(block)?.[1],
      });
    }
    tables.set(file.replace(/\.toml$/, ''), rows);
  }
  return tables;
}

export interface Validity {
  from?: string;
  until?: string;
}

/** Each fact's `valid_from`/`valid_until` from content/registry (a tiny reader for its fixed format). */
export function factValidity(): Map<string, Validity> {
  const dir = join(ROOT, 'content', 'registry');
  const facts = new Map<string, Validity>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const block of text.split(/^\[\[/m).slice(1)) {
      if (!block.startsWith('fact]]')) continue;
      const id = /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1];
      if (!id) continue;
      const from = /^valid_from\s*=\s*"([^"]+)"/m.exec(block)?.[1];
      const until = /^valid_until\s*=\s*"([^"]+)"/m.exec(block)?.[1];
      facts.set(id, {
        from: from === undefined ? undefined : resolveDay(from),
        until: until === undefined ? undefined : resolveDay(until),
      });
    }
  }
  return facts;
}

/**
 * A day as content writes it (content/events.toml, docs/content-guide.md): `YYYY-MM-DD`,
 * `event:<id>` (the event's day) or `after:<id>` (the day after), as ISO `YYYY-MM-DD`.
 */
export function resolveDay(value: string): string {
  const named = /^(event|after):(.+)$/.exec(value);
  if (!named) return value;
  const text = readFileSync(join(ROOT, 'content', 'events.toml'), 'utf8');
  for (const block of text.split(/^\[\[event\]\]/m).slice(1)) {
    if (/^id\s*=\s*"([^"]+)"/m.exec(block)?.[1] !== named[2]) continue;
    const date = /^holds\s*=\s*\{\s*date\s*=\s*"(\d{4}-\d{2}-\d{2})"/m.exec(block)?.[1];
    if (!date) break;
    if (named[1] === 'event') return date;
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
  }
  throw new Error(`content/events.toml has no event ${named[2]}`);
}

/** Whether a fact with this validity holds on `day` (ISO dates compare as strings). */
export function holdsOn(v: Validity | undefined, day: string): boolean {
  return v !== undefined && (v.from === undefined || v.from <= day) && (v.until === undefined || day <= v.until);
}
