/** Quality gates over the built site: valid HTML, a strict CSP on every page, and a deterministic build. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, DIST, htmlPages, readPage, requireDist } from '../../tools/lib/dist.ts';

beforeAll(requireDist);

describe('HTML validity', () => {
  it('every built page validates with zero html-validate errors', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as object);
    const errors: string[] = [];
    const pages = htmlPages();
    for (const page of pages) {
      const report = await validator.validateString(readPage(page), page);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries a CSP that allows scripts only from the site (and one hashed inline script)', () => {
    for (const page of htmlPages()) {
      const html = readPage(page);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, page).toContain("default-src 'self'");
      const scriptSrc = /script-src ([^;]+);/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, page).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:\/\//);
      // Every executable inline script is allowed by a hash in the policy.
      for (const m of html.matchAll(
        /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
      )) {
        const hash = createHash('sha256')
          .update(m[1] as string)
          .digest('base64');
        expect(scriptSrc, `${page}: inline script not hashed`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('loads nothing from other origins: no third-party fonts, scripts, styles or images', () => {
    for (const page of htmlPages()) {
      const html = readPage(page);
      expect(
        html.match(/<(script|link|img|iframe)\b[^>]*(src|href)="https?:\/\/(?!localhost:4321)[^"]*"/g) ?? [],
        page,
      ).toEqual([]);
    }
    for (const f of readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'))) {
      expect(readFileSync(join(DIST, '_astro', f), 'utf8')).not.toMatch(/url\(\s*['"]?https?:/);
    }
  });
});

describe('deterministic build', () => {
  const work = mkdtempSync(join(process.cwd(), '.bench-fixture-'));
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  const hashes = (dir: string) => {
    const out = new Map<string, string>();
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
      }
    };
    walk(dir);
    return out;
  };

  it('two builds of the same commit give byte-identical output, search index included', () => {
    const out = join(work, 'dist');
    const bin = (n: string) => join(process.cwd(), 'node_modules/.bin', n);
    const env = buildEnv();
    expect(spawnSync(bin('astro'), ['build', '--outDir', out], { env, encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync(bin('node'), ['tools/index-search.ts', out], { env, encoding: 'utf8' }).status).toBe(0);
    const a = hashes(DIST);
    const b = hashes(out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);
});
