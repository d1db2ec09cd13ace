import { z } from 'zod';
import { evidence, localized, slug, unknownable } from './common.ts';

/** One element or indicator of an evaluation framework. */
const frameworkElementSchema = z.strictObject({
  /** Stable slug within the framework, e.g. `commitment`; unnamed elements use `unnamed-1`, `unnamed-2`. */
  id: slug,
  /** The element's name, or `unknown` when the sources do not name it. */
  label: unknownable(localized),
});

/** An evaluation framework or set of indicators a thesis applies, e.g. Ringrose (2001). In `content/frameworks.yaml`. */
export const frameworkSchema = z.strictObject({
  /** Stable slug, e.g. `ringrose-2001`. */
  id: slug,
  /** Name in both languages. */
  name: localized,
  /** Who proposed it, as the thesis names them, or `unknown`. */
  author: unknownable(z.string().min(1)),
  /** Year of the framework, as the thesis cites it, or `unknown`. */
  year: unknownable(z.number().int().min(1800).max(2100)),
  /** How many elements it has, as the thesis states, or `unknown`. */
  elementCount: unknownable(z.number().int().min(1)),
  /** The elements; fewer than elementCount are allowed only if the rest are listed as unknown. */
  elements: z.array(frameworkElementSchema),
  /** Quotes that describe the framework. */
  evidence: z.array(evidence).min(1, 'a framework needs at least one quote from the thesis that uses it'),
});
export type Framework = z.infer<typeof frameworkSchema>;
