/** Building DOM in browser code: text goes in as text, never as HTML. */

/** An element with optional text and class. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

/** A link with text. */
export const link = (href: string, text: string): HTMLAnchorElement => {
  const a = el('a', text);
  a.href = href;
  return a;
};
