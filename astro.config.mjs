// @ts-check
import mdx from '@astrojs/mdx';
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { THEME_INIT } from './src/client/theme-init.mjs';
import { footerDate, sitemaps } from './src/lib/output/sitemap.ts';
import { headersFile, metaCsp } from './src/lib/output/headers.ts';
import { leanPreload } from './tools/lib/lean-preload.ts';

/**
 * The last 8 kB of a built page (its footer, with the last-updated date), or the whole page if shorter.
 * @param {string} file
 */
function pageTail(file) {
  if (!existsSync(file)) return '';
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 8192);
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, size - length);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Public origin of the deployed site (for canonical URLs, sitemap, citations, feeds, open data). */
const LOCAL = 'http://localhost:4321';
const site = process.env.SITE_URL ?? LOCAL;
// A build without SITE_URL writes http://localhost:4321 into every absolute URL: fine to try the
// site locally (npm start), wrong to publish. A deploy build (ATLAS_DEPLOY=1) refuses it.
if (process.env.SITE_URL === undefined && process.argv.includes('build')) {
  const message =
    'SITE_URL is not set: canonical links, citations, feeds, the sitemap and the open data would say ' +
    `${LOCAL}. Set SITE_URL to the public origin (and SITE_BASE to a sub-path, e.g. /atlas/) for a build you publish.`;
  if (process.env.ATLAS_DEPLOY === '1') throw new Error(`Deploy build refused: ${message}`);
  console.warn(`[atlas] ${message} (ATLAS_DEPLOY=1 makes this an error.)`);
}
/** Sub-path the site is served under, e.g. `/atlas/`; `/` by default. */
const rawBase = process.env.SITE_BASE ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const themeHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(THEME_INIT).digest('base64')}`
);

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  // No code blocks in the content; Shiki's inline styles would also conflict with the CSP.
  markdown: { syntaxHighlight: false },
  // Four pages in flight: rendering continues while earlier pages are written (a build at 1,000
  // cases otherwise idles a third of its time waiting on file writes; 47 s → 40 s on 2 cores).
  build: { format: 'directory', concurrency: 4 },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // MDX is the narratives' language; they are rendered with satteri (the engine @astrojs/mdx
    // uses) by src/lib/content/narrative.ts rather than compiled to a module each (see
    // docs/ARCHITECTURE.md, Scale).
    mdx(),
    // sitemap-index.xml and sitemap-<n>.xml with hreflang alternates (src/lib/output/sitemap.ts; linear in
    // the number of pages, where @astrojs/sitemap took 20 s at 50,000 pages).
    {
      name: 'atlas-sitemap',
      hooks: {
        'astro:build:done': ({ pages, dir }) => {
          const { index, files } = sitemaps(
            pages.map((p) => p.pathname),
            {
              root: new URL(base, site).href,
              hreflang: { id: 'id', en: 'en' },
              lastmod: (path) => footerDate(pageTail(fileURLToPath(new URL(`${path}index.html`, dir)))),
            },
          );
          files.forEach((xml, i) => writeFileSync(new URL(`sitemap-${i}.xml`, dir), xml));
          writeFileSync(new URL('sitemap-index.xml', dir), index);
        },
      },
    },
    // The English 404 page (src/pages/en/404.astro) at en/404.html, where hosts that serve the nearest
    // 404 page (Cloudflare Pages) look for it; Astro writes it as en/404/index.html.
    {
      name: 'atlas-404',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const built = fileURLToPath(new URL('en/404/index.html', dir));
          if (!existsSync(built)) return;
          renameSync(built, fileURLToPath(new URL('en/404.html', dir)));
          rmdirSync(fileURLToPath(new URL('en/404/', dir)));
        },
      },
    },
    // dist/_headers (Netlify, Cloudflare Pages): the pages' CSP as a real header, with frame-ancestors,
    // and security and caching headers (src/lib/output/headers.ts). Every page has the same policy.
    {
      name: 'atlas-headers',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const csp = metaCsp(readFileSync(new URL('index.html', dir), 'utf8'));
          if (!csp) throw new Error('dist/index.html has no Content-Security-Policy <meta> to copy into _headers');
          const data = fileURLToPath(new URL('data/', dir));
          const dataFiles = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) =>
            statSync(join(data, f)).isFile(),
          );
          writeFileSync(new URL('_headers', dir), headersFile(base, csp, dataFiles.sort()));
        },
      },
    },
  ],
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page: everything from this site, no inline script
  // except the theme initialiser (allowed by hash); Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Scripts ship as files, never inlined: cacheable, and no inline code for the CSP to allow.
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
    // Dynamic imports without Vite's preload helper, which they do not need (tools/lib/lean-preload.ts).
    plugins: [leanPreload()],
    // The benchmarks' synthetic corpora and builds (hundreds of thousands of files) are not watched
    // by `astro dev`: watching them exhausted the system's file watchers.
    server: { watch: { ignored: ['**/.bench/**'] } },
  },
});
