/** robots.txt: everything may be crawled; the sitemap is named at the site's public address. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${locals.absolute(`${locals.base}sitemap-index.xml`)}\n`);
