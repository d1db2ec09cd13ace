/** RSS feed of the case studies, per language (/rss.xml, /en/rss.xml). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { perLang } from '../../i18n/paths.ts';
import { caseFiles, getAtlas, lastUpdated } from '../../lib/astro/collections.ts';

export const getStaticPaths = perLang;

export const GET: APIRoute = async ({ locals }) => {
  const { lang, t, routes, absolute } = locals;
  const atlas = await getAtlas();
  return rss({
    title: `${t('site.name')}: ${t('rss.title')}`,
    description: t('site.description'),
    site: absolute(routes.home),
    customData: `<language>${lang}</language>`,
    items: atlas.cases.map((c) => {
      const updated = lastUpdated(caseFiles(atlas, c.slug));
      return {
        title: c.title[lang],
        link: routes.case(c.slug),
        description: c.summary[lang],
        ...(updated ? { pubDate: new Date(`${updated}T00:00:00Z`) } : {}),
      };
    }),
  });
};
