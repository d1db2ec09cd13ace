/** /cases/<slug>/cite.bib, cite.ris, cite.json: the case page and its thesis, from one CSL record each. */
import type { APIRoute } from 'astro';
import { toBibtex, toCslJson, toRis } from '../../../../lib/output/csl.ts';
import type { CaseEntry } from '../../../../lib/content/validate.ts';
import { langParam } from '../../../../i18n/paths.ts';
import { caseCitations, getAtlas } from '../../../../lib/astro/collections.ts';
import type { Lang } from '../../../../i18n/lang.ts';

const FORMATS = { 'cite.bib': toBibtex, 'cite.ris': toRis, 'cite.json': toCslJson } as const;

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return (['id', 'en'] as const).flatMap((lang) =>
    atlas.cases.flatMap((c) => Object.keys(FORMATS).map((file) => ({ params: { lang: langParam(lang), slug: c.slug, file }, props: { lang, item: c } }))),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { lang, item: c } = props as { lang: Lang; item: CaseEntry };
  const citation = (await caseCitations(lang, site)).get(c.slug);
  if (!citation) return new Response('not found', { status: 404 });
  const records = [citation.page, citation.thesis];
  const format = FORMATS[params.file as keyof typeof FORMATS];
  return new Response(format(records));
};
