/** `Astro.locals` is the page context made by src/middleware.ts. */
type AtlasPageContext = import('./lib/astro/context.ts').PageContext;

declare namespace App {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Astro's Locals is extended, not replaced
  interface Locals extends AtlasPageContext {}
}
