/**
 * In an embedded view: tell the framing page the view's height whenever it changes, so an embed
 * script (or a host that listens) can size the frame to its content. Nothing is sent when the view
 * is opened on its own.
 */
import { resizeMessage } from '../lib/shared/embed.ts';

const root = document.querySelector<HTMLElement>('.embed-root');
if (root && window.parent !== window) {
  let last = -1;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    if (Math.ceil(height) === last) return;
    last = Math.ceil(height);
    window.parent.postMessage(resizeMessage(location.href, height), '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}
