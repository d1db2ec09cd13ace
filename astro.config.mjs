// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Public origin of the deployed site (for canonical URLs, sitemap, citations). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** Sub-path the site is served under, e.g. `/atlas/`; `/` by default. */
const rawBase = process.env.SITE_BASE ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory' },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en-GB' } },
    }),
  ],
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined: cacheable, and no inline code for the CSP to allow.
  vite: { build: { assetsInlineLimit: 0 } },
});
