/** Id lists from URL parameters, pure and dependency-free (client scripts import it). */
/** Parse `?cases=a,b` (or repeated `cases=`) into known and unknown slugs, in order, without repeats. */
export function parseIds(values: readonly string[], known: ReadonlySet<string>): { found: string[]; missing: string[] } {
  const ids = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
  return { found: ids.filter((id) => known.has(id)), missing: ids.filter((id) => !known.has(id)) };
}
