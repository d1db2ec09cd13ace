/** What every cross-check needs: the error list, the known ids, and reference and quote checks. Pure. */
import type { Evidence } from '../../schemas/index.ts';
import type { ContentError } from './errors.ts';
import { locateQuote } from './excerpt.ts';
import type { ParsedSource } from './excerpt.ts';

/** Ids each kind of reference may point to. */
export interface KnownIds {
  sectors: Set<string>;
  cities: Set<string>;
  pairings: Set<string>;
  citations: Set<string>;
  frameworks: Set<string>;
  cases: Set<string>;
  sources: Set<string>;
  findings: Set<string>;
  concepts: Set<string>;
}

export class ValidationContext {
  readonly errors: ContentError[];
  readonly known: KnownIds;
  /** Parsed source texts by id, for the verbatim check. */
  readonly texts = new Map<string, ParsedSource>();

  constructor(errors: ContentError[], known: KnownIds) {
    this.errors = errors;
    this.known = known;
  }

  err(file: string, entry: string, field: string, message: string): void {
    this.errors.push({ file, entry, field, message });
  }

  /** Each id must be one of `known`; an unknown one is named, with a near miss suggested. */
  refs(file: string, entry: string, field: string, ids: readonly string[] | undefined, known: Set<string>, what: string): void {
    (ids ?? []).forEach((id, i) => {
      if (!known.has(id)) this.err(file, entry, `${field}[${String(i)}]`, `unknown ${what} "${id}"${hint(id, known)}`);
    });
  }

  /** One reference that must be known. */
  ref(file: string, entry: string, field: string, id: string, known: Set<string>, what: string): void {
    if (!known.has(id)) this.err(file, entry, field, `unknown ${what} "${id}"${hint(id, known)}`);
  }

  /** Each quote must name a known source and occur in it verbatim (whitespace and * _ emphasis aside). */
  evidence(file: string, entry: string, field: string, evidence: readonly Evidence[] | undefined): void {
    (evidence ?? []).forEach((ev, i) => {
      const at = `${field}[${String(i)}]`;
      const text = this.texts.get(ev.source);
      if (!text) {
        this.ref(file, entry, `${at}.source`, ev.source, this.known.sources, 'source');
        return;
      }
      if (!locateQuote(text.plain, ev.quote)) {
        const shown = `${ev.quote.slice(0, 80)}${ev.quote.length > 80 ? '…' : ''}`;
        this.err(file, entry, `${at}.quote`, `not found verbatim in source ${ev.source}: "${shown}" (only whitespace and * _ emphasis are ignored)`);
      }
    });
  }

  /** The evidence and citations of a fact that has a provenance (the schemas require one or the other). */
  support(file: string, entry: string, prefix: string, item: { evidence?: Evidence[] | undefined; citations?: string[] | undefined }): void {
    this.evidence(file, entry, `${prefix}evidence`, item.evidence);
    this.refs(file, entry, `${prefix}citations`, item.citations, this.known.citations, 'citation');
  }
}

/** " (did you mean "x"?)" for a near miss among the known ids, else "". */
export function hint(id: string, known: Iterable<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== '' && bestD <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}
