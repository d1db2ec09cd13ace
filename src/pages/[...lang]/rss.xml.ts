/**
 * RSS feed of the case studies, per language (/rss.xml, /en/rss.xml): each case dated by its
 * content's last change (git), the channel by the latest of them (not the build time, so two builds
 * of a commit are identical), and an atom:link to the feed itself.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { perLang } from '../../i18n/paths.ts';
import { caseFiles, lastUpdated } from '../../lib/astro/collections.ts';

export const getStaticPaths = perLang;

const rfc822 = (date: string) => new Date(`${date}T00:00:00Z`).toUTCString();

export const GET: APIRoute = async ({ locals }) => {
  const { lang, t, routes, absolute, atlas } = locals;
  const items = atlas.cases.map((c) => ({ c, updated: lastUpdated(caseFiles(atlas, c.slug)) }));
  const latest = items
    .flatMap((i) => i.updated ?? [])
    .sort()
    .at(-1);
  const self = `<atom:link href="${absolute(routes.rss)}" rel="self" type="application/rss+xml"/>`;
  return rss({
    title: `${t('site.name')}: ${t('rss.title')}`,
    description: t('site.description'),
    site: absolute(routes.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language>${self}${latest ? `<lastBuildDate>${rfc822(latest)}</lastBuildDate>` : ''}`,
    items: items.map(({ c, updated }) => ({
      title: c.title[lang],
      link: routes.case(c.slug),
      description: c.summary[lang],
      ...(updated ? { pubDate: new Date(`${updated}T00:00:00Z`) } : {}),
    })),
  });
};
