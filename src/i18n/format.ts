/** Formatting helpers shared by pages and data exports: dates, citations, country names. Pure. */
import type { Citation } from '../schemas/index.ts';
import { UNKNOWN } from '../schemas/index.ts';
import { memoize } from '../lib/shared/memo.ts';
import { LOCALE, type Lang } from './lang.ts';

/** A partial ISO date for readers: `2016`, `November 2016`, `25 November 2016`. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || y === undefined) return date;
  const dt = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(dt);
}

const regionNames = memoize((lang: Lang) => new Intl.DisplayNames([LOCALE[lang]], { type: 'region' }));

/** A country's name from its ISO 3166-1 code, in the reader's language. */
export function countryName(code: string, lang: Lang): string {
  return regionNames(lang).of(code) ?? code;
}

/** A short, plain-text reference for an external citation; unknown parts are said, not invented. */
export function citationText(c: Citation, lang: Lang): string {
  const unknown = lang === 'id' ? 'tanpa nama penulis' : 'no author given';
  const untitled = lang === 'id' ? 'judul tidak diketahui' : 'title not known';
  const authors = c.author === UNKNOWN ? unknown : `${c.author.join(', ')}${c.etAl ? ' et al.' : ''}`;
  const date = c.issued === UNKNOWN ? (lang === 'id' ? 't.t.' : 'n.d.') : formatPartialDate(c.issued, lang);
  const title = c.title === UNKNOWN ? `[${untitled}]` : c.title;
  const vol = c.volume ? ` ${c.volume}${c.issue ? `(${c.issue})` : ''}` : '';
  const loc = c.doi ? ` https://doi.org/${c.doi}` : c.locator ? ` ${c.locator}` : '';
  return `${authors} (${date}). ${title}. ${c.container}${vol}.${loc}`;
}
