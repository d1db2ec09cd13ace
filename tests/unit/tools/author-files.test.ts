/** The editor's files (tools/lib/author/): a case read and written back unchanged; an edit changes its own lines only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { draftFiles, loadDraft, newDraft } from '../../../tools/lib/author/case-files.ts';

const content = join(process.cwd(), 'content');
const slugs = readdirSync(join(content, 'cases'));

describe('case files', () => {
  it.each(slugs)('writes %s back byte for byte when nothing was edited', (slug) => {
    const draft = loadDraft(content, slug);
    if (!draft) throw new Error(`no case ${slug}`);
    for (const [file, text] of draftFiles(content, draft)) expect(text, file).toBe(readFileSync(file, 'utf8'));
  });

  it('changes only the edited value, and keeps the comments', () => {
    const slug = slugs[0] ?? '';
    const draft = loadDraft(content, slug);
    const first = draft?.findings[0] as { text: { en: string } } | undefined;
    if (!draft || !first) throw new Error('no finding');
    first.text.en = 'An edited statement.';
    const file = join(content, 'cases', slug, 'findings.yaml');
    const before = readFileSync(file, 'utf8').split('\n');
    const after = (draftFiles(content, draft).get(file) ?? '').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual([expect.stringMatching(/^\s+en: An edited statement\.$/)]);
    expect(after.filter((l) => l.trim().startsWith('#'))).toEqual(before.filter((l) => l.trim().startsWith('#')));
  });

  it('writes a new case as the content is written: block records, flow lists, the template narrative', () => {
    const draft = newDraft('kota-baru');
    draft.findings.push({
      id: 'kota-baru-a',
      kind: 'outcome',
      sectors: ['health'],
      cities: [],
      text: { id: 'A.', en: 'A.' },
    });
    const files = draftFiles(content, draft);
    const findings = files.get(join(content, 'cases/kota-baru/findings.yaml')) ?? '';
    expect(findings).toMatch(/^# One entry per claim/);
    expect(findings).toContain(
      '  - id: kota-baru-a\n    kind: outcome\n    sectors: [health]\n    cities: []\n    text: { id: A., en: A. }\n',
    );
    expect(parseDocument(findings).toJS()).toEqual({ findings: draft.findings });
    expect(files.get(join(content, 'cases/kota-baru/en.mdx'))).toMatch(/^## Context\n/);
  });
});
