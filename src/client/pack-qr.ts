/** The pack's address as a QR code: SVG made in the browser by uqr (unjs), no network. */
import { renderSVG } from 'uqr';

export function showQr(box: HTMLElement, url: string, label: string): void {
  // uqr writes the SVG from the URL's bits alone: no text of the URL is put into the markup.
  box.innerHTML = renderSVG(url, { ecc: 'M', border: 1 });
  const svg = box.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', label);
}
