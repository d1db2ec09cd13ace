/** /cases/<slug>/teaching.json: the case's learning objectives and discussion questions as text, for reading packs. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getEntry } from 'astro:content';
import { LANGS } from '../../../../i18n/lang.ts';
import { langParam } from '../../../../i18n/paths.ts';
import { getAtlas, teachingNoteIds } from '../../../../lib/astro/collections.ts';
import { narrativeFromFile } from '../../../../lib/content/narrative.ts';
import { teachingData } from '../../../../lib/output/teaching.ts';

export async function getStaticPaths() {
  const [atlas, ids] = await Promise.all([getAtlas(), teachingNoteIds()]);
  return LANGS.flatMap((lang) =>
    atlas.cases
      .filter((c) => ids.has(`${c.slug}/teaching/${lang}`))
      .map((c) => ({ params: { lang: langParam(lang), slug: c.slug }, props: { slug: c.slug } })),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, locals }) => {
  const entry = await getEntry('teachingNotes', `${props.slug}/teaching/${locals.lang}`);
  if (!entry) return new Response('not found', { status: 404 });
  const { items } = narrativeFromFile(entry.data.file, { items: true });
  return new Response(`${JSON.stringify(teachingData(items, locals.lang), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
