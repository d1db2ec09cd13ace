/** Gives every page, component and endpoint its page context (`Astro.locals`: language, strings, routes, the atlas). */
import { defineMiddleware } from 'astro:middleware';
import { getAtlas } from './lib/astro/collections.ts';
import { pageContext } from './lib/astro/context.ts';

export const onRequest = defineMiddleware(async (ctx, next) => {
  Object.assign(ctx.locals, pageContext(ctx.url.pathname, import.meta.env.BASE_URL, ctx.site, await getAtlas()));
  return next();
});
