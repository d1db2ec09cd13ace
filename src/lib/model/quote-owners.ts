/** Who quotes a passage, as a link for the source page's "quoted by" list. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { Routes } from '../shared/routes.ts';
import type { QuoteOwner } from '../shared/anchors.ts';
import type { Atlas } from './atlas.ts';

export interface OwnerLink {
  /** Where the quoting record is shown; undefined when no page shows it (a pairing no case studies). */
  href: string | undefined;
  label: string;
}

/** The page and name of the record that quotes a passage of `sourceCase`'s excerpt. */
export function quoteOwnerLink(atlas: Atlas, owner: QuoteOwner, sourceCase: string, routes: Routes): OwnerLink {
  const lang: Lang = routes.lang;
  switch (owner.type) {
    case 'finding': {
      const f = atlas.finding.get(owner.id);
      return { href: f ? routes.finding(f) : undefined, label: f?.text[lang] ?? owner.id };
    }
    case 'pairing':
    case 'event': {
      const p = atlas.pairing.get(owner.id);
      const names = p?.cities.map((id) => atlas.city.get(id)?.name[lang] ?? id).join(' – ');
      return { href: p ? routes.pairing(p) : undefined, label: names ?? owner.id };
    }
    case 'framework':
      return { href: routes.case(sourceCase), label: atlas.framework.get(owner.id)?.name[lang] ?? owner.id };
    case 'concept': {
      const k = atlas.concept.get(owner.id);
      return { href: k ? routes.concept(k.slug) : undefined, label: k?.term[lang] ?? owner.id };
    }
  }
}
