/**
 * `npm run new-case <slug> [-- --source path/to/excerpt.txt]`: scaffolds a case in content/cases/<slug>/
 * (case.yaml, findings.yaml, id.mdx, en.mdx). With --source (.txt, .md, .docx or .pdf), imports the
 * excerpt's text into content/sources/ and registers it with its SHA-256 (tools/lib/import/). Then run `npm run validate`: it lists every
 * field still to fill in, by file and field. See CONTRIBUTING.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content/load.ts';
import { PLACEHOLDER } from '../src/lib/content/cross-checks.ts';
import { NARRATIVE_SECTIONS } from '../src/lib/content/sections.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { SLUG, SLUG_RULE } from '../src/lib/shared/patterns.ts';
import { readSource, writeSource } from './lib/import/source.ts';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--source');
const sourceArg = args.includes('--source') ? args[args.indexOf('--source') + 1] : undefined;

function fail(msg: string): never {
  console.error(`new-case: ${msg}`);
  console.error('usage: npm run new-case <slug> [-- --source path/to/excerpt.(txt|md|docx|pdf)]');
  process.exit(2);
}

if (!slug || !SLUG.test(slug)) fail(`give a slug of ${SLUG_RULE}, e.g. surabaya-seattle`);
const root = contentDir();
const dir = join(root, 'cases', slug);
if (existsSync(dir)) fail(`${dir} already exists`);

let sourceId = 'NNN_xxxxxxxxxxxxxxxx';
if (sourceArg !== undefined) {
  if (!existsSync(sourceArg)) fail(`no such file: ${sourceArg}`);
  const sources = join(root, 'sources');
  try {
    // The same import as the editor's (npm run author): text, Word or PDF, checked and hashed.
    const source = await readSource(sources, sourceArg, readFileSync(sourceArg));
    writeSource(sources, source, slug);
    sourceId = source.id;
    console.log(
      `imported ${sourceArg} → ${join(sources, `${source.id}.txt`)} (sha256 ${source.sha256.slice(0, 12)}…) and registered it in sources/sources.yaml`,
    );
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}

mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'case.yaml'),
  `# Case metadata. Write "unknown" for anything the excerpt does not state: never guess.
title:
  id: "${PLACEHOLDER}: Kota A – Kota B, bidang"
  en: "${PLACEHOLDER}: City A – City B, sector"
summary:
  id: "${PLACEHOLDER}: satu paragraf ringkasan."
  en: "${PLACEHOLDER}: a one-paragraph summary (our translation of the id text)."
thesis:
  title: unknown
  author: unknown
  university: unknown
  year: unknown
  degree: unknown
  field: unknown
pairings: [] # ${PLACEHOLDER}: ids from content/pairings.yaml (add the pairing there first)
sectors: [] # ${PLACEHOLDER}: ids from content/sectors.yaml
sources: [${sourceArg !== undefined ? sourceId : ''}] # ids from content/sources/sources.yaml
`,
);
writeFileSync(
  join(dir, 'findings.yaml'),
  `# One entry per claim of the excerpt. Quotes must be copied verbatim from the source text.
findings:
  - id: ${slug}-first-finding
    kind: context # outcome | obstacle | evaluation | reason | recommendation | context
    sectors: []
    cities: []
    text:
      id: "${PLACEHOLDER}: temuan dalam bahasa Indonesia."
      en: "${PLACEHOLDER}: the finding in English."
    evidence:
      - source: ${sourceId}
        quote: "${PLACEHOLDER}: words copied verbatim from the excerpt"
`,
);
for (const lang of LANGS) {
  const body = NARRATIVE_SECTIONS[lang]
    .map((h) => `## ${h}\n\n${PLACEHOLDER}. End each factual sentence with <Cite f="${slug}-first-finding" />.\n`)
    .join('\n');
  writeFileSync(join(dir, `${lang}.mdx`), body);
}
console.log(`created ${dir}/ (case.yaml, findings.yaml, id.mdx, en.mdx)`);
console.log(`next: fill in every ${PLACEHOLDER}, then run \`npm run validate\` until it says Content OK.`);
