/**
 * The comparison table, pure: for each case, the same rows (partners, agreement steps, sectors agreed
 * vs realised, framework verdicts, obstacles, recommendations), each item linking to its evidence.
 */
import { UNKNOWN } from '../../schemas/index.ts';
import type { Atlas } from './atlas.ts';
import { countryName, formatPartialDate } from '../../i18n/format.ts';
import { scorecards } from '../viz/charts.ts';
import { pairingAnchor, quoteAnchor } from '../shared/anchors.ts';
import type { Routes } from '../shared/routes.ts';
import type { PairingEvent } from '../../schemas/index.ts';

/** An agreement step links to its first quoted passage, or (an external fact) to the pairing's section. */
function eventHref(routes: Routes, slug: string, pairingId: string, e: PairingEvent, index: number): string {
  const source = e.provenance === 'thesis' ? e.evidence?.[0]?.source : undefined;
  return source === undefined
    ? routes.case(slug, pairingAnchor(pairingId))
    : routes.source(source, quoteAnchor({ type: 'event', id: pairingId, index }, 1));
}

export interface CompareItem {
  text: string;
  /** Where the evidence is: a finding's anchor, a pairing's section or a quoted passage. */
  href?: string;
  /** A short label shown before the text (e.g. a verdict). */
  tag?: string;
  external?: boolean;
}

export const COMPARE_ROWS = [
  'partners',
  'agreement',
  'sectorsAgreed',
  'sectorsRealised',
  'framework',
  'obstacles',
  'recommendations',
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** Labels passed in by the page: event names, verdicts, "unknown", "external". */
export interface CompareLabels {
  event: (type: string) => string;
  verdict: (v: string) => string;
  unknown: string;
  unnamed: string;
}

export function compareCase(
  atlas: Atlas,
  slug: string,
  routes: Routes,
  l: CompareLabels,
): Record<CompareRow, CompareItem[]> {
  const lang = routes.lang;
  const c = atlas.case.get(slug);
  const pairings = (c?.pairings ?? []).flatMap((p) => atlas.pairing.get(p) ?? []);
  const findings = atlas.findingsByCase.get(slug) ?? [];
  const cityName = (id: string) => atlas.city.get(id)?.name[lang] ?? id;
  const finding = (kind: string) =>
    findings
      .filter((f) => f.kind === kind)
      .map((f) => ({ text: f.text[lang], href: routes.finding(f), external: f.provenance === 'external' }));
  const card = scorecards(atlas, slug)[0];
  const realised = [...new Set(findings.filter((f) => f.kind === 'outcome').flatMap((f) => f.sectors))];
  return {
    partners: pairings.map((p) => ({
      text: p.cities
        .map((id) => `${cityName(id)} (${countryName(atlas.city.get(id)?.country ?? '', lang)})`)
        .join(' – '),
      href: routes.case(slug, pairingAnchor(p.id)),
      external: (p.inferred ?? []).length > 0,
    })),
    agreement: pairings.flatMap((p) =>
      p.events.map((e, i) => ({
        tag: e.date === UNKNOWN ? l.unknown : formatPartialDate(e.date, lang),
        text: `${l.event(e.type)} (${p.cities.map(cityName).join(' – ')})`,
        href: eventHref(routes, slug, p.id, e, i),
        external: e.provenance === 'external',
      })),
    ),
    sectorsAgreed: [...new Set(pairings.flatMap((p) => p.sectorsAgreed))].map((s) => ({
      text: atlas.sector.get(s)?.label[lang] ?? s,
      href: routes.case(slug, pairingAnchor(pairings.find((p) => p.sectorsAgreed.includes(s))?.id ?? '')),
    })),
    sectorsRealised: realised.map((s) => {
      const f = findings.find((x) => x.kind === 'outcome' && x.sectors.includes(s));
      return { text: atlas.sector.get(s)?.label[lang] ?? s, href: routes.case(slug, f?.id ?? '') };
    }),
    framework: card
      ? card.elements.map((e) => ({
          tag: l.verdict(e.verdict),
          text: e.label?.[lang] ?? l.unnamed,
          ...(e.finding ? { href: routes.case(slug, e.finding) } : {}),
        }))
      : [],
    obstacles: finding('obstacle'),
    recommendations: finding('recommendation'),
  };
}
