/**
 * The case editor (npm run author) in Chromium, on a copy of the content: re-create part of one of
 * its cases under new ids (import its excerpt, quote passages by selecting them, fill the case, a
 * pairing with a dated stage and a finding), save, and check that the files validate and build.
 * Bad input is refused at its field and nothing broken is saved; a file changed on disk since the
 * case was opened is not overwritten. The case is chosen from the content, not named.
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { readCorpus } from '../../src/lib/content/read.ts';
import { validateCorpus } from '../../src/lib/content/validate.ts';
import { HAS_CHROMIUM, launch } from '../../tools/lib/browser.ts';
import { buildEnv, scratchBuild } from '../../tools/lib/dist.ts';
import { startAuthor, type AuthorServer } from '../../tools/lib/author/server.ts';

const root = process.cwd();
const corpus = loadCorpus();
const { work, remove } = scratchBuild();
const content = join(work, 'content');

/** A case with a pairing and a quoted finding, to re-create under new ids (`-redo`) beside the original. */
function oneCase() {
  for (const c of corpus.cases) {
    const source = corpus.sources.find((s) => s.case === c.slug);
    const pairing = corpus.pairings.find((p) => c.pairings.includes(p.id) && p.evidence[0]?.source === source?.id);
    const finding = corpus.findings.find((f) => f.case === c.slug && f.evidence?.[0]?.source === source?.id);
    if (source && pairing && finding) return { c, source, pairing, finding };
  }
  throw new Error('no case with a pairing and a finding quoted from the same excerpt');
}

describe.skipIf(!HAS_CHROMIUM)('case editor', () => {
  const { c: original, source, pairing: originalPairing, finding: originalFinding } = oneCase();
  const c = { ...original, slug: `${original.slug}-redo` };
  const pairing = { ...originalPairing, id: `${originalPairing.id}-redo` };
  const finding = { ...originalFinding, id: `${originalFinding.id}-redo` };
  const excerpt = join(work, 'excerpt.txt');
  let server: AuthorServer;
  let page: Page;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    cpSync(join(root, 'content'), content, { recursive: true });
    cpSync(join(root, 'content/sources', `${source.id}.txt`), excerpt);
    server = await startAuthor(root, content, 0, join(work, 'author'));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    remove();
  });

  /** Select `quote` in the source text (whitespace and emphasis aside, as the validator compares). */
  const select = (quote: string) =>
    page.evaluate((q) => {
      const body = document.getElementById('source-text');
      if (!body) throw new Error('no source text');
      const words = q
        .replace(/[*_]/g, '')
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const m = new RegExp(words.join('\\s+')).exec(body.textContent);
      if (!m) throw new Error(`not in the source text: ${q}`);
      const at = (offset: number): [Node, number] => {
        const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let n = walk.nextNode();
        let left = offset;
        while (n && left > (n.textContent ?? '').length) {
          left -= (n.textContent ?? '').length;
          n = walk.nextNode();
        }
        return [n as Node, left];
      };
      const range = document.createRange();
      range.setStart(...at(m.index));
      range.setEnd(...at(m.index + m[0].length));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    }, quote);
  const fill = (path: string, value: string) =>
    page.locator(`[data-path="${path}"] > :is(input, textarea)`).fill(value);
  const check = async (path: string, ids: readonly string[]) => {
    for (const id of ids) await page.locator(`[data-path="${path}"] input[value="${id}"]`).setChecked(true);
  };
  const settled = async () => {
    await page.waitForTimeout(700);
    await page.waitForFunction(() => /autosaved/.test(document.getElementById('status')?.textContent ?? ''));
  };
  const problems = () => page.locator('#problems li').allTextContents();

  it('re-creates a case from its excerpt: the files it saves validate and build', { timeout: 180_000 }, async () => {
    if (!finding.evidence?.[0] || !pairing.evidence[0]) throw new Error('no case to re-create');
    await page.goto(server.url);
    await page.fill('#new-slug', c.slug);
    await page.click('#new-case button');
    await page.waitForSelector('[data-path="case.title.id"]');
    await page.setInputFiles('#import', excerpt);
    await page.waitForSelector('#source-text');
    // What the excerpt holds is asked, not assumed.
    await settled();
    expect(await page.locator('[data-path="sources.0.parts"] .field-error').count()).toBeGreaterThan(0);
    if (source.chapter) await fill('sources.0.chapter', source.chapter);
    await check('sources.0.parts', source.parts);
    await check('sources.0.languages', source.languages);
    await fill('case.title.id', c.title.id);
    await fill('case.title.en', c.title.en);
    await fill('case.summary.id', c.summary.id);
    await fill('case.summary.en', c.summary.en);
    await check('case.sectors', c.sectors);

    await page.click('[data-path="pairings"] > button.add');
    await fill('pairings.0.id', pairing.id);
    await page.selectOption('[data-path="pairings.0.cities.0"] select', pairing.cities[0]);
    await page.selectOption('[data-path="pairings.0.cities.1"] select', pairing.cities[1]);
    await select(pairing.evidence[0].quote);
    await page.click('[data-path="pairings.0.evidence"] > button.quote-selection');
    await page.click('[data-path="pairings.0.events"] > button.add');
    // A date in the wrong format, and a missing translation: refused at their fields.
    await fill('pairings.0.events.0.date', '25/11/2016');
    await select(pairing.evidence[0].quote);
    await page.click('[data-path="pairings.0.events.0.evidence"] > button.quote-selection');
    await fill('pairings.0.events.0.note.id', 'Tahap yang disebut dalam kutipan.');
    await settled();
    const dateError = page.locator('[data-path="pairings.0.events.0.date"] .field-error');
    await expect.poll(() => dateError.count()).toBeGreaterThan(0);
    expect(await dateError.first().textContent()).toMatch(
      /pairings\.yaml › pairing "[^"]+" › events\[0\]\.date: .*YYYY/,
    );
    expect(await page.locator('[data-path="pairings.0.events.0.note.en"] .field-error').textContent()).toMatch(
      /note\.en/,
    );
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/not saved: \d+ problem/);
    expect(existsSync(join(content, 'cases', c.slug))).toBe(false);

    await fill('pairings.0.events.0.date', 'unknown');
    await fill('pairings.0.events.0.note.en', 'A stage the excerpt names.');
    await check('case.pairings', [pairing.id]);
    await page.click('[data-path="findings"] > button.add');
    await fill('findings.0.id', finding.id);
    await page.selectOption('[data-path="findings.0.kind"] select', finding.kind);
    await check('findings.0.sectors', finding.sectors);
    await check('findings.0.cities', finding.cities);
    await fill('findings.0.text.id', finding.text.id);
    await fill('findings.0.text.en', finding.text.en);
    await select(finding.evidence[0].quote);
    await page.click('[data-path="findings.0.evidence"] > button.quote-selection');
    await settled();
    const left = await problems();
    // What is left is the narrative to write (its sections are the template's).
    expect(
      left.every((p) => /\.mdx/.test(p)),
      left.join('\n'),
    ).toBe(true);
    for (const lang of ['id', 'en'] as const)
      await fill(
        `narratives.${lang}`,
        `## ${lang === 'id' ? 'Konteks' : 'Context'}\n\n${finding.text[lang]} <Cite f="${finding.id}" />\n`,
      );
    await settled();
    expect(await problems()).toEqual([]);
    // The case page as it will be built, in the preview.
    const preview = page.frameLocator('#preview');
    await expect.poll(() => preview.locator(`[id="${finding.id}"]`).count(), { timeout: 60_000 }).toBe(1);
    // Work survives closing the tab: the draft is offered back.
    await page.reload();
    await page.selectOption('#open-case', c.slug);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Restored your unsaved draft/);
    await page.waitForSelector(`[data-path="findings.0.id"]`);
    expect(await page.locator('[data-path="findings.0.id"] input').inputValue()).toBe(finding.id);
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Saved: /);

    expect(validateCorpus(readCorpus(root, relative(root, content))).errors).toEqual([]);
    const saved = parseDocument(readFileSync(join(content, 'cases', c.slug, 'findings.yaml'), 'utf8')).toJS() as {
      findings: { id: string; evidence: { source: string; quote: string }[] }[];
    };
    const imported = saved.findings[0]?.evidence[0]?.source ?? '';
    expect(imported).toMatch(/^\d{3}_[0-9a-f]{16}$/);
    expect(readFileSync(join(content, 'sources', `${imported}.txt`), 'utf8')).toBe(readFileSync(excerpt, 'utf8'));
    expect(saved.findings[0]?.evidence[0]?.quote.replace(/\s+/g, ' ')).toBe(
      finding.evidence[0].quote.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim(),
    );
    const out = join(work, 'dist');
    const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: root,
      env: buildEnv({ ATLAS_CONTENT_DIR: relative(root, content) }),
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(out, 'en/cases', c.slug, 'index.html'), 'utf8')).toContain(`id="${finding.id}"`);
  });

  it('refuses a duplicated id, and will not overwrite a file changed on disk since it was opened', async () => {
    const other = corpus.findings[0];
    if (!other) throw new Error('no finding of another case');
    await page.reload();
    await page.selectOption('#open-case', c.slug);
    await page.waitForSelector('[data-path="findings.0.id"]');
    await fill('findings.0.id', other.id);
    await settled();
    expect(await page.locator('[data-path="findings.0.id"] .field-error').textContent()).toMatch(/duplicate|already/i);
    await fill('findings.0.id', `${finding.id}-edited`);
    await settled();
    const caseFile = join(content, 'cases', c.slug, 'case.yaml');
    writeFileSync(caseFile, `${readFileSync(caseFile, 'utf8')}# edited elsewhere\n`);
    await page.click('#save');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toMatch(/changed on disk since you opened the case.*case\.yaml/);
    expect(readFileSync(join(content, 'cases', c.slug, 'findings.yaml'), 'utf8')).not.toContain('-edited');
  });

  it('refuses an unknown place, a quote that is not in the source, and requests from other sites, through the API', async () => {
    const opened = (await (await fetch(`${server.url}api/open?case=${c.slug}`)).json()) as {
      draft: { findings: Record<string, unknown>[] };
    };
    const draft = opened.draft;
    const f0 = draft.findings[0] as { cities: string[]; evidence: { quote: string }[] };
    f0.cities = ['nowhere-city'];
    (f0.evidence[0] as { quote: string }).quote = 'kalimat yang tidak ada dalam kutipan mana pun';
    const res = await fetch(`${server.url}api/check`, {
      method: 'POST',
      headers: { origin: server.url.slice(0, -1) },
      body: JSON.stringify({ draft }),
    });
    const { errors } = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(errors.some((e) => e.field.startsWith('cities') && /nowhere-city/.test(e.message))).toBe(true);
    expect(errors.some((e) => e.field === 'evidence[0].quote' && /not found verbatim/.test(e.message))).toBe(true);
    const foreign = await fetch(`${server.url}api/check`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    // A page on another site that reaches 127.0.0.1 through its own name (DNS rebinding) is refused.
    const rebound = await new Promise<number>((resolve) => {
      const req = request(`${server.url}api/cases`, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.end();
    });
    expect(rebound).toBe(403);
  });
});
