/** Identifier patterns and URL list parsing, defined once. Pure and browser-safe. */

/** A slug: lower-case letters and digits in hyphen-separated runs (`ambon-health`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lower-case letters, digits and single hyphens';

/** A source excerpt's id: its received file name without `.txt` (`002_87117bbd3f64466d`). */
export const SOURCE_ID = /^[0-9]{3}_[0-9a-f]{16}$/;

/** An id as accepted from a URL parameter: anything longer or with other characters is dropped. */
export const URL_ID = /^[a-z0-9-]{1,120}$/;

/** A URL list parameter (`?cases=a,b` or repeated `cases=`): values trimmed, in order, without repeats or empties. */
export function listParam(values: readonly string[], keep: (v: string) => boolean = (v) => v !== ''): string[] {
  return [
    ...new Set(
      values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(keep),
    ),
  ];
}

/** A release's version: semantic versioning's MAJOR.MINOR.PATCH (`0.2.0`), no pre-release or build tags. */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
