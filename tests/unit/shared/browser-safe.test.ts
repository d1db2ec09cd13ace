/**
 * Browser code (src/client/) and what it imports stay free of server code: no schema library, no
 * Astro modules, no Node built-ins, and only modules from the browser-safe folders. Followed through
 * every value import from the client entry points; type-only imports are erased by the bundler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
/** Where browser code may import from. */
const ALLOWED = ['src/client/', 'src/lib/shared/', 'src/i18n/lang.ts', 'src/i18n/paths.ts', 'src/i18n/plural.ts'];
/**
 * Packages browser code may import, each in a chunk of its own loaded when used: d3 for d3-dsv only
 * (the CSV download, client/findings-csv.ts), and uqr for a reading pack's QR code (client/pack-qr.ts).
 */
const PACKAGES: readonly string[] = ['d3', 'uqr'];

/** Value imports of a module (`import type` and `export type` left out), as written. */
function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) if (m[2] === undefined && m[3] !== undefined) out.push(m[3]);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

function closure(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (files.has(rel)) return;
    files.add(rel);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  entries.forEach(visit);
  return { files, packages };
}

describe('the browser-safe module set', () => {
  const entries = readdirSync(join(ROOT, 'src/client'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'src/client', f));
  const { files, packages } = closure(entries);

  it('reads value imports and leaves type-only ones out', () => {
    const src =
      "import type { A } from 'zod';\nimport { b, type C } from './b.ts';\nexport type { D } from 'astro:content';\nimport './c.ts';\nconst x = import('./d.ts');\n";
    expect(valueImports(src)).toEqual(['./b.ts', './c.ts', './d.ts']);
  });

  it('reaches only the browser-safe folders from the client entry points', () => {
    expect(entries.length).toBeGreaterThan(3);
    expect([...files].filter((f) => !ALLOWED.some((a) => f === a || f.startsWith(a)))).toEqual([]);
  });

  it('pulls in no package: no zod, no astro:*, no node:* module', () => {
    expect([...packages].filter((p) => !PACKAGES.includes(p))).toEqual([]);
  });
});
