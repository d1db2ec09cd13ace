/** What every SVG renderer shares: escaping, attributes and the <svg> element itself. Pure. */
import { escapeXml } from '../shared/escape.ts';

export const esc = escapeXml;

export const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The SVG element. Charts are one image (role="img"); the map holds links to every city and pairing,
 * so it is a labelled group (an image may not contain interactive elements).
 */
export function frame(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string,
  cls: string,
  role: 'img' | 'group' = 'img',
): string {
  return `<svg${attrs({ viewBox: `0 0 ${width} ${height}`, role, 'aria-roledescription': role === 'group' ? 'map' : undefined, 'aria-labelledby': `${id}-t ${id}-d`, class: cls, id })}><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`;
}
