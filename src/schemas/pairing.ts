import { z } from 'zod';
import { EVENT_TYPES, PAIRING_KINDS } from '../lib/shared/vocabulary.ts';
import { evidence, localized, partialDate, provenance, requireSupport, slug, UNKNOWN } from './common.ts';

export { EVENT_TYPES } from '../lib/shared/vocabulary.ts';

/** One dated step in a pairing's history, with where we know it from. */
const pairingEventSchema = z
  .strictObject({
    /** What happened: exploration, friendship agreement, Letter of Intent, MoU, action plan, evaluation or renewal. */
    type: z.enum(EVENT_TYPES),
    /** When: a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or `unknown` when the sources state the event but not its date. */
    date: z.union([z.literal(UNKNOWN), partialDate]),
    /** Whether the date was derived by us from the source's wording (e.g. "a year before 2016"), rather than printed. */
    derived: z.boolean().optional(),
    /** Where the event is known from. */
    provenance,
    /** Verbatim quotes from the thesis excerpts (required when provenance is `thesis`). */
    evidence: z.array(evidence).optional(),
    /** External citation ids (required when provenance is `external`). */
    citations: z.array(slug).optional(),
    /** A short description of the event in both languages. */
    note: localized,
  })
  .superRefine(requireSupport);
export type PairingEvent = z.infer<typeof pairingEventSchema>;

/** A partner in a pairing whose identity comes from external sources, not from the thesis. */
const inferredPartySchema = z.strictObject({
  /** The city inferred. Must be one of the pairing's two cities. */
  city: slug,
  /** External citations supporting the inference. */
  citations: z.array(slug).min(1, 'an inferred party needs at least one citation'),
  /** What the thesis itself says (or does not say) about this party. */
  note: localized,
});

/** Two places in a cooperation relationship. Defined once in `content/pairings.yaml`. */
export const pairingSchema = z.strictObject({
  /** Stable slug, conventionally `<indonesian-city>-<partner>`. */
  id: slug,
  /** The two places: the Indonesian party first, then the partner. */
  cities: z.tuple([slug, slug]),
  /** The form of the relationship. */
  kind: z.enum(PAIRING_KINDS),
  /** Sectors named in the agreement, as the sources state them (empty when they do not). */
  sectorsAgreed: z.array(slug),
  /** Cases (theses) that discuss this pairing. */
  cases: z.array(slug).min(1),
  /** Quotes that establish that the pairing exists and, where given, its sectors. */
  evidence: z.array(evidence).min(1, 'a pairing needs at least one quote showing that it exists'),
  /** Agreement events in order (may be empty when no step is dated or named). */
  events: z.array(pairingEventSchema),
  /** Parties inferred from external sources rather than named in the thesis. */
  inferred: z.array(inferredPartySchema).optional(),
});
export type Pairing = z.infer<typeof pairingSchema>;
