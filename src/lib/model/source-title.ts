/**
 * A thesis excerpt's title for readers: the place its thesis is about and the part of the thesis it
 * holds ("Ambon thesis — BAB V: conclusions, recommendations"). The file id and hash stay as metadata.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { UiKey, UiVars } from '../../i18n/index.ts';
import { inferredCities, type Atlas } from './atlas.ts';

/** The first city the case's own sources name (an inferred party is left out), or the case's title. */
function sourcePlace(atlas: Atlas, caseSlug: string, lang: Lang): string {
  const c = atlas.case.get(caseSlug);
  const inferred = inferredCities(atlas, caseSlug);
  for (const id of c?.pairings ?? []) {
    const named = atlas.pairing.get(id)?.cities.find((city) => !inferred.has(city));
    const name = named ? atlas.city.get(named)?.name[lang] : undefined;
    if (name) return name;
  }
  return c?.title[lang] ?? caseSlug;
}

export function sourceTitle(
  atlas: Atlas,
  sourceId: string,
  lang: Lang,
  t: (key: UiKey, vars?: UiVars) => string,
): string {
  const s = atlas.source.get(sourceId);
  if (!s) return sourceId;
  const parts = s.parts.map((p) => t(`source.part.${p}`)).join(', ');
  const part = s.chapter ? `${s.chapter}: ${parts}` : parts.charAt(0).toUpperCase() + parts.slice(1);
  return t('source.human', { place: sourcePlace(atlas, s.case, lang), part });
}
