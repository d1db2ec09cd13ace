/** Escaping for XML and HTML text and attribute values, defined once. Pure and browser-safe. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `&`, `<`, `>` and `"` as entities; a string without them is returned as it is. */
export const escapeXml = (s: string): string => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c) : s);
