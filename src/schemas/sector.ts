import { z } from 'zod';
import { localized, slug } from './common.ts';

/** A field (bidang) of cooperation, such as health or fisheries. Defined once in `content/sectors.yaml`. */
export const sectorSchema = z.strictObject({
  /** Stable slug used in URLs and filters, e.g. `health`. */
  id: slug,
  /** Display name in both languages, e.g. `{ id: Kesehatan, en: Health }`. */
  label: localized,
  /** One sentence on what the sector covers in these sources. */
  description: localized,
});
export type Sector = z.infer<typeof sectorSchema>;
