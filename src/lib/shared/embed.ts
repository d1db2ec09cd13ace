/**
 * Embeddable views (/embed/… in both languages): what can be embedded, the message an embed posts
 * to the page that frames it, and the snippets and share links a reader copies. Pure and browser-safe.
 */

/** An embeddable view's path below the base (`embed/…`, `en/embed/…`): not a page of its own (its canonical is the full page). */
export const EMBED_PATH = /^\/?(en\/)?embed\//;

/** The site-wide charts that can be embedded, by their name in the URL (/embed/charts/<name>/). */
export const EMBED_CHARTS = ['matrix', 'obstacles', 'timeline', 'scorecard'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** The message an embedded view posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE = 'sister-city-atlas:resize';
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The view's address, so a page with several embeds can tell them apart. */
  href: string;
  /** The view's content height, CSS px. */
  height: number;
}

export const resizeMessage = (href: string, height: number): ResizeMessage => ({
  type: RESIZE_MESSAGE,
  href,
  height: Math.ceil(height),
});

/** Where the script that sizes embeds on a host page is served (below the base). */
export const RESIZE_SCRIPT = 'embed/resize.js';

/**
 * The script a host page that allows scripts (a course site, a blog) adds once: it sizes every
 * iframe of an embeddable view to the height the view posts. It trusts messages only from its own
 * origin (the atlas that served it) and only for frames on the page; plain ES5, no dependencies.
 */
export function hostResizeScript(): string {
  return `/* Sister City Atlas: size embedded views to their content. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== ${JSON.stringify(RESIZE_MESSAGE)}) return;
    var height = Number(d.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });
})();
`;
}

/** The tag that loads the host script, for the embed panel's help. */
export const resizeScriptTag = (src: string): string => `<script src="${escapeAttr(src)}" async></script>`;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe to paste into a course page: full width, a starting height, lazy, titled, no border. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${String(height)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** Share links that need no script of theirs: WhatsApp, Google Classroom and e-mail. */
export function shareLinks(url: string, title: string): { whatsapp: string; classroom: string; email: string } {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return {
    whatsapp: `https://wa.me/?text=${text}`,
    classroom: `https://classroom.google.com/share?url=${u}&title=${encodeURIComponent(title)}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${u}`,
  };
}
