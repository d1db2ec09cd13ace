/** HTTP headers for hosts (src/lib/output/headers.ts). */
import { describe, expect, it } from 'vitest';
import { dataContentType, headersFile, metaCsp, nginxSnippet } from '../../../src/lib/output/headers.ts';
import { parseHeadersFile } from '../../../tools/lib/server.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='";

describe('headers', () => {
  it('adds frame-ancestors to the page policy under the base path: the site by itself, the embeds by any site; long caching for hashed assets', () => {
    const rules = parseHeadersFile(headersFile('/atlas/', `${CSP};`));
    const at = (path: string) => rules.find((r) => r.path === path)?.headers;
    expect(at('/atlas/*')?.map(([k]) => k)).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    for (const path of ['/atlas/', '/atlas/cases/*', '/atlas/en/', '/atlas/en/map/*', '/atlas/404.html'])
      expect(at(path), path).toEqual([['Content-Security-Policy', `${CSP}; frame-ancestors 'self'`]]);
    for (const path of ['/atlas/embed/*', '/atlas/en/embed/*'])
      expect(at(path), path).toEqual([['Content-Security-Policy', `${CSP}; frame-ancestors *`]]);
    expect(rules.some((r) => r.path === '/atlas/en/*')).toBe(false);
    expect(at('/atlas/_astro/*')).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });
  it('writes the same headers for nginx, quoted, on every response and inside the assets location', () => {
    const conf = nginxSnippet('/', CSP);
    expect(conf).toContain(`add_header Content-Security-Policy "${CSP}; frame-ancestors 'self'" always;`);
    expect(conf).toMatch(/location \^~ \/_astro\/ \{\n {2}add_header Content-Security-Policy/);
    // The server block, the assets location and the two embed locations each send every header.
    expect(conf.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(4);
    expect(conf).toMatch(
      /location \^~ \/en\/embed\/ \{\n {2}add_header Content-Security-Policy "[^"]*; frame-ancestors \*" always;/,
    );
  });
  it('gives each open-data file its media type by exact path, CSV as UTF-8 with a header row', () => {
    const rules = parseHeadersFile(headersFile('/', CSP, ['cities.geojson', 'v1.0.0/findings.csv', 'index.html']));
    expect(
      rules.filter((r) => r.path.startsWith('/data/') && !r.path.endsWith('*')).map((r) => [r.path, r.headers]),
    ).toEqual([
      ['/data/cities.geojson', [['Content-Type', 'application/geo+json']]],
      ['/data/v1.0.0/findings.csv', [['Content-Type', 'text/csv; charset=utf-8; header=present']]],
    ]);
    expect(dataContentType('cases.json')).toBe('application/json');
    const conf = nginxSnippet('/atlas/', CSP);
    expect(conf).toMatch(
      /location \^~ \/atlas\/data\/ \{\n {2}types \{ text\/html html; application\/json json; application\/geo\+json geojson; text\/csv csv; \}/,
    );
  });
  it('reads the policy back from a page, entities decoded', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe(
      "default-src 'self'",
    );
    expect(metaCsp('<p>no policy</p>')).toBeUndefined();
  });
});
