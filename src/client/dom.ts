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

/** Say something to screen readers through one polite live region per page, made on first use. */
export function announce(text: string): void {
  let region = document.querySelector<HTMLElement>('[data-atlas-announcer]');
  if (!region) {
    region = document.createElement('div');
    region.dataset['atlasAnnouncer'] = '';
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  // Emptied first, so that the same words said twice are announced twice.
  region.textContent = '';
  const target = region;
  requestAnimationFrame(() => {
    target.textContent = text;
  });
}

/** Save a file made in the browser (a CSV cut, a handout) under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
  }, 10_000);
}
