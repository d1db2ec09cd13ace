/**
 * A "Share or embed" panel (client/share-embed.ts runs this for each): copy buttons for the
 * link and the iframe snippet, and, with data-follow, the link, the share links, the snippet and the
 * preview rewritten from the page's current query (the map's filters, a pack's contents) each time
 * the panel opens.
 */
import { iframeSnippet, shareLinks } from '../lib/shared/embed.ts';
import { announce, el } from './dom.ts';

/** Adds the copy buttons and, with data-follow, follows the URL each time the panel opens. */
export function enhance(panel: HTMLElement): void {
  snippetFromView(panel);
  const details = panel.querySelector('details');
  const url = panel.querySelector<HTMLInputElement>('.share-url');
  const snippet = panel.querySelector<HTMLTextAreaElement>('.share-snippet');
  if (!details || !snippet) return;
  for (const field of url ? [url, snippet] : [snippet]) {
    field.addEventListener('focus', () => {
      field.select();
    });
    const button = el('button', panel.dataset['copy'] ?? 'Copy', 'copy');
    button.type = 'button';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(field.value).then(() => {
        announce(panel.dataset['done'] ?? 'Copied');
      });
    });
    field.after(button);
  }
  if (panel.dataset['follow'] === undefined || !url) return;
  if (details.open) follow(panel, url, snippet);
  details.addEventListener('toggle', () => {
    if (details.open) follow(panel, url, snippet);
  });
}

/**
 * A finding's panel carries only a link to its embeddable view (a case page has dozens of findings):
 * its iframe snippet is made here, from that link, at this site's address.
 */
function snippetFromView(panel: HTMLElement): void {
  const view = panel.querySelector<HTMLAnchorElement>('a.share-view');
  if (!view || panel.querySelector('.share-snippet')) return;
  const label = el('label');
  const snippet = el('textarea', undefined, 'share-snippet');
  snippet.readOnly = true;
  snippet.rows = 3;
  snippet.value = iframeSnippet(view.href, panel.dataset['snippetTitle'] ?? document.title, 420);
  label.append(el('span', panel.dataset['snippetLabel'] ?? 'Embed'), snippet);
  view.before(label);
}

/** The shared link and embed with the page's current query. */
function follow(panel: HTMLElement, url: HTMLInputElement, snippet: HTMLTextAreaElement): void {
  const d = panel.dataset;
  const q = location.search;
  const page = `${d['page'] ?? ''}${q}`;
  const embed = `${d['embed'] ?? ''}${q}`;
  const title = d['title'] ?? document.title;
  url.value = page;
  snippet.value = iframeSnippet(embed, title, Number(d['height'] ?? '600'));
  const links = shareLinks(page, title);
  const set = (cls: string, href: string) => panel.querySelector<HTMLAnchorElement>(cls)?.setAttribute('href', href);
  set('.share-whatsapp', links.whatsapp);
  set('.share-classroom', links.classroom);
  set('.share-email', links.email);
  // The preview from this site's own address (the shared one may be another host's, in a local build),
  // in a new frame: Chromium keeps loading a lazy frame's first address when only its src changes.
  const preview = panel.querySelector('iframe');
  const local = new URL(`${d['embedPath'] ?? ''}${q}`, location.href).href;
  if (preview && preview.src !== local) {
    const fresh = preview.cloneNode() as HTMLIFrameElement;
    fresh.src = local;
    preview.replaceWith(fresh);
  }
}
