/**
 * A Vite plugin for the browser build: Vite wraps every dynamic `import()` in its preload helper
 * (1.7 kB, 0.9 kB gzipped, loaded at start by every page that has one: search, the 404 page, the
 * reading pack), which adds `<link rel=modulepreload>` and stylesheet links for what the imported
 * chunk needs. This site's lazily loaded modules (the findings CSV, Pagefind, the pack's QR code and
 * handout) have no stylesheets, and the JavaScript they import loads with them, so module preloading
 * is turned off and the helper is replaced by one that only calls the import. The build stops with
 * an error if a dynamic import ever needs a stylesheet loaded with it, rather than shipping a page
 * that would miss it.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function leanPreload(): Plugin {
  return {
    name: 'atlas-lean-preload',
    applyToEnvironment: (environment) => environment.name === 'client',
    // No preloading of JavaScript: a lazily loaded chunk's own imports load it anyway (one round trip later).
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    enforce: 'pre',
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.includes('__vite__mapDeps'))
            this.error(
              `lean-preload: ${file.fileName} has a dynamic import that needs a stylesheet loaded with it, which the lean preload helper (tools/lib/lean-preload.ts) does not do`,
            );
        }
      },
    },
  };
}
