/** `npm run new-case` scaffolds a case that the validator explains, and that validates once filled in. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scratchBuild } from '../../../tools/lib/dist.ts';
import { validFixtureCopy } from '../../support/fixtures.ts';
import { afterAll, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { readCorpus } from '../../../src/lib/content/read.ts';
import { validateCorpus } from '../../../src/lib/content/validate.ts';

const root = process.cwd();
const { work, remove } = scratchBuild();
const content = validFixtureCopy(work);
afterAll(remove);

it('scaffolds a case, imports the excerpt, and validates once the placeholders are filled in', () => {
  const excerpt = join(work, '905_abcdefabcdefabcd.txt');
  writeFileSync(
    excerpt,
    'KESIMPULAN\n\nKerja sama Kota Alfa dan Kota Beta berjalan dengan baik di bidang kesehatan.\n',
  );
  const dir = relative(root, content);
  const res = spawnSync(
    join(root, 'node_modules/.bin/node'),
    ['tools/new-case.ts', 'alfa-beta-health', '--source', excerpt],
    {
      cwd: root,
      env: { ...process.env, ATLAS_CONTENT_DIR: dir },
      encoding: 'utf8',
    },
  );
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);

  const before = validateCorpus(readCorpus(root, dir)).errors.map(formatError);
  const caseFile = `${dir}/cases/alfa-beta-health/case.yaml`;
  expect(before).toContain(`${caseFile} › case "alfa-beta-health" › pairings: a case studies at least one pairing`);
  expect(
    before.some((e) =>
      e.includes('findings.yaml › finding "alfa-beta-health-first-finding" › evidence[0].quote: not found verbatim'),
    ),
  ).toBe(true);
  expect(before).toContain(
    `${caseFile} › case "alfa-beta-health" › title.en: still has the placeholder "FILL IN": replace it with real content`,
  );
  expect(before.some((e) => e.startsWith(`${dir}/cases/alfa-beta-health/en.mdx`) && e.includes('placeholder'))).toBe(
    true,
  );

  const fill = (file: string, pairs: [string | RegExp, string][]) => {
    let text = readFileSync(join(content, file), 'utf8');
    for (const [a, b] of pairs) text = text.replace(a, b);
    writeFileSync(join(content, file), text);
  };
  fill('cases/alfa-beta-health/case.yaml', [
    ['pairings: []', 'pairings: [alfa-beta]'],
    ['sectors: []', 'sectors: [health]'],
  ]);
  fill('cases/alfa-beta-health/findings.yaml', [
    ['"FILL IN: words copied verbatim from the excerpt"', 'berjalan dengan baik di bidang kesehatan'],
  ]);
  for (const f of ['case.yaml', 'findings.yaml']) fill(`cases/alfa-beta-health/${f}`, [[/FILL IN: /g, '']]);
  for (const f of ['id.mdx', 'en.mdx']) fill(`cases/alfa-beta-health/${f}`, [[/FILL IN\./g, 'Teks.']]);
  fill('sources/sources.yaml', [[/ # FILL IN[^\n]*/g, '']]);
  expect(validateCorpus(readCorpus(root, dir)).errors.map(formatError)).toEqual([]);
});
