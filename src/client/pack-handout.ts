/**
 * "Download for Moodle": the pack as one self-contained HTML file (a handout), made in the browser
 * from the rendered pack: its title, note, cases, findings with their quotations, bibliography and
 * link, with a small stylesheet of its own and no script. A lecturer uploads it to Moodle as a File
 * resource or pastes it into a Page; students open it offline. (A Common Cartridge would need course
 * restore rights in Moodle, and no validator for it runs here.)
 */
import { saveBlob } from './dom.ts';

export function downloadHandout(pack: HTMLElement, fileName: string): void {
  const copy = pack.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[hidden], .no-print, button, .pack-controls, .nojs, share-embed, script'))
    el.remove();
  // Links keep working from a file: every href absolute.
  for (const a of copy.querySelectorAll('a[href]'))
    a.setAttribute('href', new URL(a.getAttribute('href') ?? '', location.href).href);
  const title = pack.querySelector('.pack-title')?.textContent ?? document.title;
  const html = `<!doctype html>
<html lang="${document.documentElement.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${HANDOUT_CSS}</style>
</head>
<body>
${copy.innerHTML}
</body>
</html>
`;
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), fileName);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HANDOUT_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}
h1{font:700 1.6rem/1.2 Georgia,serif}h2{font:700 1.2rem Georgia,serif;margin-top:1.5rem}h3{font:1.05rem/1.35 Georgia,serif}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #bbb}blockquote footer{font-size:.8rem;color:#555}
.meta{color:#555;font-size:.85rem}.badge{display:inline-block;border:1px solid #ccc;border-radius:1rem;padding:0 .5rem;font-size:.75rem}
.pack-note{white-space:pre-line;border:1px solid #ccc;padding:.6rem;border-radius:6px}.pack-qr svg{width:7rem;height:7rem}
article{border-top:1px solid #ddd;padding:.5rem 0}a{color:#0b5c8a}`;
