/**
 * Print the nginx version of dist/_headers, to paste into the site's server block:
 * `npm run headers:nginx` (after a build; SITE_BASE as for the build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaCsp, nginxSnippet } from '../src/lib/output/headers.ts';

const dir = process.argv[2] ?? 'dist';
const csp = metaCsp(readFileSync(join(dir, 'index.html'), 'utf8'));
if (!csp) {
  console.error(`${dir}/index.html has no Content-Security-Policy <meta>: build the site first (npm run build).`);
  process.exit(1);
}
const raw = process.env['SITE_BASE'] ?? '/';
const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
process.stdout.write(nginxSnippet(base, csp));
