/**
 * `npm run new-case <slug> [-- --source path/to/excerpt.txt]`: scaffolds a case in content/cases/<slug>/
 * (case.yaml, findings.yaml, id.mdx, en.mdx). With --source, copies the excerpt verbatim into
 * content/sources/ and registers it with its SHA-256. Then run `npm run validate`: it lists every
 * field still to fill in, by file and field. See CONTRIBUTING.md.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentDir } from '../src/lib/content/load.ts';
import { PLACEHOLDER } from '../src/lib/content/cross-checks.ts';
import { NARRATIVE_SECTIONS } from '../src/lib/content/sections.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { SLUG, SLUG_RULE, SOURCE_ID } from '../src/lib/shared/patterns.ts';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--source');
const sourceArg = args.includes('--source') ? args[args.indexOf('--source') + 1] : undefined;

function fail(msg: string): never {
  console.error(`new-case: ${msg}`);
  console.error('usage: npm run new-case <slug> [-- --source path/to/NNN_xxxxxxxxxxxxxxxx.txt]');
  process.exit(2);
}

if (!slug || !SLUG.test(slug)) fail(`give a slug of ${SLUG_RULE}, e.g. surabaya-seattle`);
const root = contentDir();
const dir = join(root, 'cases', slug);
if (existsSync(dir)) fail(`${dir} already exists`);

let sourceId = 'NNN_xxxxxxxxxxxxxxxx';
if (sourceArg !== undefined) {
  if (!existsSync(sourceArg)) fail(`no such file: ${sourceArg}`);
  sourceId = basename(sourceArg).replace(/\.txt$/, '');
  if (!SOURCE_ID.test(sourceId))
    fail(`the excerpt must keep its seed name (NNN_ + 16 hex digits + .txt), got ${basename(sourceArg)}`);
  const target = join(root, 'sources', `${sourceId}.txt`);
  if (existsSync(target)) fail(`${target} already exists`);
  copyFileSync(sourceArg, target);
  const sha = createHash('sha256').update(readFileSync(target)).digest('hex');
  appendFileSync(
    join(root, 'sources', 'sources.yaml'),
    `  - id: ${sourceId}\n    case: ${slug}\n    chapter: BAB V # ${PLACEHOLDER}: the chapter label printed in the excerpt, or delete this line\n    parts: [conclusions] # ${PLACEHOLDER}: abstract, conclusions, recommendations, keywords\n    languages: [id]\n    sha256: ${sha}\n`,
  );
  console.log(
    `copied ${sourceArg} → ${target} (sha256 ${sha.slice(0, 12)}…) and registered it in sources/sources.yaml`,
  );
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
