import { z } from 'zod';
import { ADMIN_TYPES } from '../lib/shared/vocabulary.ts';
import { localized, slug } from './common.ts';

/** A place named by a source: a city, regency, district or province. Defined once in `content/cities.yaml`. */
export const citySchema = z.strictObject({
  /** Stable slug used in URLs, e.g. `semarang`. */
  id: slug,
  /** The place's name in both languages. */
  name: localized,
  /** ISO 3166-1 alpha-2 country code, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as ID or NL'),
  /** Administrative type of the place. */
  adminType: z.enum(ADMIN_TYPES),
  /** The region it belongs to (province, state, metropolitan city), in both languages. */
  parent: localized,
  /** Longitude in degrees of the point drawn on the map (-180..180). */
  lon: z
    .number()
    .min(-180, 'longitude must be between -180 and 180')
    .max(180, 'longitude must be between -180 and 180'),
  /** Latitude in degrees of the point drawn on the map (-90..90). */
  lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  /** Where the coordinates come from: a public gazetteer entry. */
  gazetteer: z.strictObject({
    /** Gazetteer name, e.g. `GeoNames`. */
    name: z.string().min(1),
    /** The entry's identifier in that gazetteer (GeoNames geonameid). */
    ref: z.string().min(1),
    /** The gazetteer entry's own name, when the point stands for a larger unit (e.g. a province at its capital). */
    entry: z.string().min(1),
  }),
  /** Why the point sits where it does, when it is not the place itself (e.g. a district drawn at its city). */
  pointNote: localized.optional(),
  /** External citations that identify the place, when the thesis leaves it ambiguous. */
  citations: z.array(slug).optional(),
});
export type City = z.infer<typeof citySchema>;
