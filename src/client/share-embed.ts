/**
 * <share-embed>: the "Share or embed" panel (components/ShareEmbed.astro) works as plain links and
 * fields; this adds its copy buttons and, with data-follow, keeps it in step with the page's URL
 * (client/share-tools.ts). Loaded with the page: smaller than loading it on use, whose loader and
 * Vite's preload helper weigh more than the code itself.
 */
import { enhance } from './share-tools.ts';

class ShareEmbed extends HTMLElement {
  connectedCallback(): void {
    enhance(this);
  }
}

customElements.define('share-embed', ShareEmbed);
