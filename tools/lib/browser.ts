/**
 * Chromium for the browser suite: Debian's /usr/bin/chromium (or CHROMIUM_PATH). Without one the
 * suite is skipped with a hint, except under CI=true, where a missing browser is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { optionalTool } from './requirements.ts';
import { serveDist, type StaticServer } from './server.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = optionalTool(
  existsSync(CHROMIUM),
  `Chromium not found at ${CHROMIUM}`,
  'install it with apt-get install chromium, or set CHROMIUM_PATH',
);

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collect console errors, page errors and requests that leave 127.0.0.1. */
export function watch(page: Page): { errors: string[]; external: string[] } {
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol))
      external.push(r.url());
  });
  return { errors, external };
}

export type Seen = ReturnType<typeof watch>;

/** dist/ served on 127.0.0.1 and a Chromium to visit it, for one test file. */
export interface SiteSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** The absolute URL of a site path (`/en/cases/`). */
  url: (path: string) => string;
  /** A new page at `path`, loaded to network idle, with its console errors and outside requests watched. */
  open: (path: string) => Promise<{ page: Page; seen: Seen }>;
  close: () => Promise<void>;
}

export async function startSite(dir: string, base = '/'): Promise<SiteSession> {
  const server = await serveDist(dir, base);
  const browser = await launch();
  const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
  return {
    browser,
    server,
    url,
    open: async (path) => {
      const page = await browser.newPage();
      const seen = watch(page);
      await page.goto(url(path), { waitUntil: 'networkidle' });
      return { page, seen };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page for the given rule tags (e.g. `wcag2aa`) and return its violations. */
async function runAxe(page: Page, tags: readonly string[]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (values) =>
      (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run(document, { runOnly: { type: 'tag', values } }),
    [...tags],
  );
  return result.violations;
}

/** The WCAG 2.2 A and AA rule tags. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe's violations on the page as readable lines, `<label>: <rule> (<first three targets>)`. */
export async function axeLines(page: Page, label: string, tags: readonly string[] = WCAG_22_AA): Promise<string[]> {
  const violations = await runAxe(page, tags);
  return violations.map(
    (v) =>
      `${label}: ${v.id} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}
