/**
 * Embeddable views inside an iframe of a page from a second loopback origin (as a course page
 * would frame them): no site chrome, no sideways scrolling at 360 and 720 px, a height message to
 * the parent that matches the content, no CSP error and no request off the site. The site's own
 * pages refuse to be framed there. Cases, findings and packs are drawn from the content.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, watch } from '../../tools/lib/browser.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { EMBED_CHARTS, RESIZE_MESSAGE } from '../../src/lib/shared/embed.ts';
import { routes } from '../../src/lib/shared/routes.ts';
import { useSite } from '../support/site.ts';

const corpus = loadCorpus();
const en = routes('en', '/');
const id = routes('id', '/');
const [first] = corpus.cases;
const someFindings = corpus.findings.slice(0, 5).map((f) => f.id);

/** A page on another origin (localhost, where the site is on 127.0.0.1) that frames `src`. */
function hostPage(): Promise<{
  server: Server;
  url: (src: string, width: number) => string;
  paste: (html: string, width: number) => string;
}> {
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const src = q.get('src') ?? '';
    // ?html=: a snippet pasted as it is, as a lecturer pastes it into a course page.
    const frame =
      q.get('html') ??
      `<iframe id="f" src="${src.replace(/"/g, '&quot;')}" width="${q.get('w') ?? '360'}" height="300"></iframe>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Course page</title><div style="width:${q.get('w') ?? '360'}px">${frame}</div>` +
        `<script>window.seen=[];addEventListener('message',(e)=>{if(e.data&&e.data.type===${JSON.stringify(RESIZE_MESSAGE)})seen.push({origin:e.origin,height:e.data.height,href:e.data.href});});</script>`,
    );
  });
  return new Promise((resolve) => {
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: (src, w) => `http://localhost:${String(port)}/?w=${String(w)}&src=${encodeURIComponent(src)}`,
        paste: (html, w) => `http://localhost:${String(port)}/?w=${String(w)}&html=${encodeURIComponent(html)}`,
      });
    });
  });
}

describe.skipIf(!HAS_CHROMIUM)('embeds', () => {
  const harness = useSite();
  let host: Awaited<ReturnType<typeof hostPage>>;
  beforeAll(async () => {
    host = await hostPage();
  });
  afterAll(() => {
    host.server.close();
  });

  const views = [
    ['a case', en.embed.case(first?.slug ?? '')],
    ['a finding', id.embed.case(corpus.findings[0]?.case ?? '', corpus.findings[0]?.id)],
    ['the map, filtered', en.embed.map({ sector: corpus.cases[0]?.sectors[0] ?? '' })],
    ...EMBED_CHARTS.map((c) => [`the ${c} chart`, id.embed.chart(c)] as const),
    ['a pack of five findings', en.embed.pack(`?findings=${someFindings.join(',')}`)],
  ] as const;

  async function framed(
    path: string,
    width: number,
  ): Promise<{ page: Page; frame: Frame; seen: ReturnType<typeof watch> }> {
    const src = harness.site.url(path);
    const page = await harness.site.browser.newPage({ viewport: { width: width + 40, height: 900 } });
    const seen = watch(page);
    await page.goto(host.url(src, width), { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error(`no frame for ${path}`);
    return { page, frame, seen };
  }

  for (const width of [360, 720])
    it.each(views)(
      `%s at ${String(width)} px: no chrome, fits, posts its height, no CSP error`,
      async (_name, path) => {
        const { page, frame, seen } = await framed(path, width);
        await frame.waitForSelector('.embed-root');
        if (path.includes('/pack/')) await frame.waitForSelector('.pack-findings:not([hidden]) .finding');
        await page.waitForTimeout(200);
        const inside = await frame.evaluate(() => ({
          chrome: document.querySelectorAll('header.site, nav.main, footer.site').length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          height: Math.ceil(
            (document.querySelector('.embed-root')?.getBoundingClientRect().height ?? 0) +
              parseFloat(getComputedStyle(document.body).marginTop) +
              parseFloat(getComputedStyle(document.body).marginBottom),
          ),
          source: document.querySelector<HTMLAnchorElement>('.embed-source a')?.getAttribute('href'),
        }));
        expect(inside.chrome, path).toBe(0);
        expect(inside.overflow, path).toBeLessThanOrEqual(0);
        expect(inside.source, path).toMatch(/^\//);
        const posted = await page.evaluate(
          () => (window as unknown as { seen: { origin: string; height: number; href: string }[] }).seen,
        );
        expect(posted.length, path).toBeGreaterThan(0);
        const last = posted.at(-1);
        expect(last?.origin).toBe(new URL(harness.site.url('/')).origin);
        expect(Math.abs((last?.height ?? 0) - inside.height), path).toBeLessThanOrEqual(2);
        expect(seen.errors, path).toEqual([]);
        expect(seen.external, path).toEqual([]);
        await page.close();
      },
    );

  it('shows a finding embedded alone with its quotations, and nothing else of the case', async () => {
    const f = corpus.findings.find((x) => (x.evidence?.length ?? 0) > 0) ?? corpus.findings[0];
    const { page, frame } = await framed(en.embed.case(f?.case ?? '', f?.id), 360);
    const visible = await frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.finding, .lead, .atlas-map, blockquote')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => (el.classList.contains('finding') ? `finding:${el.id}` : el.tagName.toLowerCase())),
    );
    expect(visible.filter((v) => v.startsWith('finding:'))).toEqual([`finding:${f?.id ?? ''}`]);
    expect(visible).not.toContain('p');
    expect(visible.filter((v) => v === 'blockquote')).toHaveLength(f?.evidence?.length ?? 0);
    await page.close();
  });

  it('lets any site frame /embed/, and the site alone frame its own pages', async () => {
    const embed = await fetch(harness.site.url(en.embed.case(first?.slug ?? '')));
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    const { page, frame, seen } = await framed(en.case(first?.slug ?? ''), 360);
    // Chromium refuses the frame (saying why) and replaces its document with its error page.
    await page.waitForTimeout(300);
    expect(seen.errors.join('\n')).toMatch(
      /violates the following Content Security Policy directive: "frame-ancestors 'self'"/,
    );
    expect(await frame.evaluate(() => document.querySelector('header.site') !== null).catch(() => false)).toBe(false);
    await page.close();
  });

  it("a case page's snippet and resize script, pasted into a course page, load the view and size it to its content", async () => {
    const p = await harness.open(en.case(first?.slug ?? ''));
    const panel = p.locator('main > .wrap > share-embed');
    const snippet = await panel.locator('.share-snippet').inputValue();
    const script = (await panel.locator('.share-resize').textContent()) ?? '';
    await p.close();
    expect(script).toMatch(/^<script src="[^"]+\/embed\/resize\.js" async><\/script>$/);
    // The snippet names the public address (SITE_URL); this test serves the build at another.
    const src = new URL(/src="([^"]+)"/.exec(snippet)?.[1] ?? '');
    const local = `${snippet}${script}`.replaceAll(src.origin, new URL(harness.site.url('/')).origin);
    const page = await harness.site.browser.newPage({ viewport: { width: 400, height: 900 } });
    const seen = watch(page);
    await page.goto(host.paste(local, 360), { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame?.waitForSelector('.embed-case h1');
    const posted = await page.evaluate(() => (window as unknown as { seen: { height: number }[] }).seen);
    const last = posted.at(-1)?.height ?? 0;
    expect(last).toBeGreaterThan(300);
    // The snippet starts the frame at its own height; the script sets it to the view's.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height))
      .toBe(last);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("keeps the map's share panel in step with its filters, and copies what it shows", async () => {
    const sector = corpus.cases[0]?.sectors[0] ?? '';
    const context = await harness.site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(harness.site.url(`${en.section('map')}?sector=${sector}`), { waitUntil: 'networkidle' });
    const panel = page.locator('share-embed').first();
    await panel.locator('summary').click();
    // The panel follows the URL when it opens (its toggle event comes after the click).
    await expect
      .poll(() => panel.locator('.share-url').inputValue())
      .toMatch(new RegExp(`/en/map/\\?sector=${sector}$`));
    expect(await panel.locator('.share-snippet').inputValue()).toContain(`/en/embed/map/?sector=${sector}"`);
    expect(await panel.locator('iframe').getAttribute('src')).toMatch(new RegExp(`/en/embed/map/\\?sector=${sector}$`));
    const preview = page.locator('share-embed iframe').first().contentFrame();
    await expect.poll(() => preview.locator('select[name="sector"]').inputValue()).toBe(sector);
    expect(
      new URL((await panel.locator('.share-classroom').getAttribute('href')) ?? '').searchParams.get('url'),
    ).toMatch(new RegExp(`\\?sector=${sector}$`));
    await panel.locator('button.copy').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await panel.locator('.share-url').inputValue(),
    );
    await context.close();
  });

  it("makes a finding's snippet from its embed link when its panel opens", async () => {
    const f = corpus.findings[0];
    const p = await harness.open(en.case(f?.case ?? ''));
    const panel = p.locator(`article[data-finding="${f?.id ?? ''}"] share-embed`);
    await panel.locator('summary').click();
    const snippet = await panel.locator('.share-snippet').inputValue();
    expect(snippet).toContain(`src="${harness.site.url(en.embed.case(f?.case ?? '', f?.id))}"`);
    expect(snippet).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
    await p.close();
  });
});
