/**
 * `npm run author [-- --port 4330]`: the case editor, on http://127.0.0.1:4330/ (this machine only).
 * Import a thesis excerpt, quote it by selecting passages, fill in the case, its pairings and
 * findings with the build's validator checking as you type, preview the page, and save the same
 * YAML and MDX files a contributor would write by hand. See CONTRIBUTING.md.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/content/load.ts';
import { startAuthor } from './lib/author/server.ts';

const args = process.argv.slice(2);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 4330;
if (!Number.isInteger(portArg) || portArg < 0 || portArg > 65535) {
  console.error('author: --port takes a port number, e.g. --port 4330');
  process.exit(2);
}
const root = process.cwd();
try {
  const server = await startAuthor(root, resolve(root, contentDir()), portArg);
  console.log(`Case editor: ${server.url}  (content: ${contentDir()}; Ctrl+C to stop)`);
} catch (e) {
  const inUse = e instanceof Error && 'code' in e && e.code === 'EADDRINUSE';
  console.error(
    `author: ${inUse ? `port ${String(portArg)} is in use: try --port ${String(portArg + 1)}` : String(e)}`,
  );
  process.exit(1);
}
