/** RSS feed of the case studies, per language (/rss.xml, /en/rss.xml). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { localePath, perLang } from '../../i18n/paths.ts';
import { caseFiles, getAtlas, lastUpdated } from '../../lib/astro/collections.ts';
import type { Lang } from '../../i18n/lang.ts';

export const getStaticPaths = perLang;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const atlas = await getAtlas();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${t(lang, 'site.name')}: ${t(lang, 'rss.title')}`,
    description: t(lang, 'site.description'),
    site: new URL(localePath(lang, '/', base), site),
    customData: `<language>${lang}</language>`,
    items: atlas.cases.map((c) => {
      const updated = lastUpdated(caseFiles(atlas, c.slug));
      return {
        title: c.title[lang],
        link: localePath(lang, `/cases/${c.slug}/`, base),
        description: c.summary[lang],
        ...(updated ? { pubDate: new Date(`${updated}T00:00:00Z`) } : {}),
      };
    }),
  });
};
