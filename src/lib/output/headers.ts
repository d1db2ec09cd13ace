/**
 * HTTP headers for hosts that read them: `dist/_headers` (Netlify, Cloudflare Pages) and an nginx
 * snippet (`npm run headers:nginx`). The Content-Security-Policy is the one the build puts in every
 * page's <meta> (Astro writes it, with the hashes of the site's scripts and styles), plus what only a
 * header can say: frame-ancestors. The site's pages may be framed by the site only; the embeddable
 * views under /embed/ by any site. The open-data files get their media types. Pure; the build
 * (astro.config.mjs) and the tool pass the policy in.
 */
import { LANGS } from '../../i18n/lang.ts';
import { localePath } from '../../i18n/paths.ts';
import { SECTIONS } from '../shared/sections.ts';
import { mediaType } from './media-type.ts';

/** Who may frame the site's pages: only the site itself. */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";
/** Who may frame an embeddable view (/embed/…): any site (a course page, a blog). */
export const EMBED_FRAME_ANCESTORS = 'frame-ancestors *';

/** The page policy with a frame-ancestors directive. */
const policy = (pageCsp: string, frameAncestors: string) => `${pageCsp.trim().replace(/;\s*$/, '')}; ${frameAncestors}`;

/** The headers every response gets, whatever it is (no policy: see pageRules). */
const COMMON: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** The headers a page gets, given the page policy of the build (framed by the site only). */
export function securityHeaders(pageCsp: string): [string, string][] {
  return [['Content-Security-Policy', policy(pageCsp, FRAME_ANCESTORS)], ...COMMON];
}

/**
 * Where each policy applies. Hosts merge the headers of every rule a path matches (Cloudflare Pages
 * joins two values of one header with a comma, which for a CSP means both policies apply), so no
 * path matches two policies: the site's policy is set on each section (and the home pages), the
 * embeds' on /embed/ and /en/embed/, which no section rule covers.
 */
function pageRules(base: string, pageCsp: string): { paths: string[]; csp: string }[] {
  const site = LANGS.flatMap((lang) => [
    localePath(lang, '/', base),
    localePath(lang, '/404.html', base),
    ...SECTIONS.map((s) => `${localePath(lang, `/${s}/`, base)}*`),
  ]);
  const embeds = LANGS.map((lang) => `${localePath(lang, '/embed/', base)}*`);
  return [
    { paths: site, csp: policy(pageCsp, FRAME_ANCESTORS) },
    { paths: embeds, csp: policy(pageCsp, EMBED_FRAME_ANCESTORS) },
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
 * The `_headers` file: every path under the base gets the common headers; pages their policy
 * (pageRules); hashed assets long caching; each open-data file (`dataFiles`, paths below /data/)
 * its Content-Type, by exact path (wildcards inside a path segment are read differently by Netlify
 * and Cloudflare Pages).
 */
export function headersFile(base: string, pageCsp: string, dataFiles: readonly string[] = []): string {
  const lines = [`${base}*`, ...COMMON.map(([k, v]) => `  ${k}: ${v}`)];
  for (const rule of pageRules(base, pageCsp))
    for (const path of rule.paths) lines.push(path, `  Content-Security-Policy: ${rule.csp}`);
  lines.push(`${base}_astro/*`, `  Cache-Control: ${IMMUTABLE}`);
  for (const file of dataFiles.filter((f) => !f.endsWith('.html')))
    lines.push(`${base}data/${file}`, `  Content-Type: ${dataContentType(file)}`);
  return `${lines.join('\n')}\n`;
}

/** The same rules for nginx, to paste into the site's `server { … }` block. */
export function nginxSnippet(base: string, pageCsp: string): string {
  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const add = (headers: [string, string][]) => headers.map(([k, v]) => `add_header ${k} ${quote(v)} always;`);
  const page = add(securityHeaders(pageCsp));
  const embed = add([['Content-Security-Policy', policy(pageCsp, EMBED_FRAME_ANCESTORS)], ...COMMON]);
  // A location with its own add_header inherits none from the server block: each repeats them all.
  const embedLocations = LANGS.flatMap((lang) => [
    `location ^~ ${localePath(lang, '/embed/', base)} {`,
    ...embed.map((l) => `  ${l}`),
    '}',
  ]);
  return [
    '# Sister City Atlas: HTTP headers (generated from the build by npm run headers:nginx).',
    ...page,
    `location ^~ ${base}_astro/ {`,
    ...page.map((l) => `  ${l}`),
    `  add_header Cache-Control ${quote(IMMUTABLE)} always;`,
    '}',
    ...embedLocations,
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
