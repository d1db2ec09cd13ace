/**
 * HTTP headers for hosts that read them: `dist/_headers` (Netlify, Cloudflare Pages) and an nginx
 * snippet (`npm run headers:nginx`). The Content-Security-Policy is the one the build puts in every
 * page's <meta> (Astro writes it, with the hashes of the site's scripts and styles), plus what only a
 * header can say: frame-ancestors. The open-data files get their media types. Pure; the build
 * (astro.config.mjs) and the tool pass the policy in.
 */
import { mediaType } from './media-type.ts';

/** Who may frame the site's pages: only the site itself (no page is meant to be embedded yet). */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The headers every page gets, given the page policy of the build. */
export function securityHeaders(pageCsp: string): [string, string][] {
  const csp = `${pageCsp.trim().replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`;
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

/** Hashed build assets (`/_astro/*`) never change under their name: cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * An open-data file's Content-Type: its media type (GeoJSON as application/geo+json, which hosts do
 * not know), UTF-8 named for the CSV tables (RFC 4180's default is ASCII) with their header row.
 */
export function dataContentType(file: string): string {
  const type = mediaType(file);
  return type === 'text/csv' ? 'text/csv; charset=utf-8; header=present' : type;
}

/**
 * The `_headers` file: every path under the base gets the security headers; hashed assets long
 * caching; each open-data file (`dataFiles`, paths below /data/) its Content-Type, by exact path
 * (wildcards inside a path segment are read differently by Netlify and Cloudflare Pages).
 */
export function headersFile(base: string, pageCsp: string, dataFiles: readonly string[] = []): string {
  const lines = [`${base}*`, ...securityHeaders(pageCsp).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push(`${base}_astro/*`, `  Cache-Control: ${IMMUTABLE}`);
  for (const file of dataFiles.filter((f) => !f.endsWith('.html')))
    lines.push(`${base}data/${file}`, `  Content-Type: ${dataContentType(file)}`);
  return `${lines.join('\n')}\n`;
}

/** The same rules for nginx, to paste into the site's `server { … }` block. */
export function nginxSnippet(base: string, pageCsp: string): string {
  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const add = securityHeaders(pageCsp).map(([k, v]) => `add_header ${k} ${quote(v)} always;`);
  return [
    '# Sister City Atlas: HTTP headers (generated from the build by npm run headers:nginx).',
    ...add,
    `location ^~ ${base}_astro/ {`,
    ...add.map((l) => `  ${l}`),
    `  add_header Cache-Control ${quote(IMMUTABLE)} always;`,
    '}',
    // No add_header here, so the server block's headers apply; `types` replaces the whole map in this location.
    `location ^~ ${base}data/ {`,
    `  types { text/html html; application/json json; application/geo+json geojson; text/csv csv; }`,
    '  charset utf-8;',
    '  charset_types text/csv;',
    '}',
    '',
  ].join('\n');
}

/** The policy of a built page's CSP <meta>, or undefined. */
export function metaCsp(html: string): string | undefined {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
