/** Id lists from URL parameters, pure and dependency-free (client scripts import it). */
import { listParam } from './patterns.ts';

/** Parse `?cases=a,b` (or repeated `cases=`) into known and unknown slugs, in order, without repeats. */
export function parseIds(
  values: readonly string[],
  known: ReadonlySet<string>,
): { found: string[]; missing: string[] } {
  const ids = listParam(values);
  return { found: ids.filter((id) => known.has(id)), missing: ids.filter((id) => !known.has(id)) };
}
