/** /cases/<slug>/cite.bib, cite.ris, cite.json: the case page and its thesis, from one CSL record each. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { LANGS } from '../../../../i18n/lang.ts';
import { langParam } from '../../../../i18n/paths.ts';
import { caseCitations, getAtlas } from '../../../../lib/astro/collections.ts';
import { toBibtex, toCslJson, toRis } from '../../../../lib/output/csl.ts';

const FORMATS = new Map([
  ['cite.bib', toBibtex],
  ['cite.ris', toRis],
  ['cite.json', toCslJson],
]);

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) =>
    atlas.cases.flatMap((c) =>
      [...FORMATS.keys()].map((file) => ({
        params: { lang: langParam(lang), slug: c.slug, file },
        props: { item: c },
      })),
    ),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ params, props, site, locals }) => {
  const citation = (await caseCitations(locals.lang, site)).get(props.item.slug);
  const format = FORMATS.get(params['file'] ?? '');
  if (!citation || !format) return new Response('not found', { status: 404 });
  return new Response(format([citation.page, citation.thesis]));
};
