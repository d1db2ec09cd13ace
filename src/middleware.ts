/** Gives every page, component and endpoint its page context (`Astro.locals`: language, strings, routes). */
import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './lib/astro/context.ts';

export const onRequest = defineMiddleware((ctx, next) => {
  Object.assign(ctx.locals, pageContext(ctx.url.pathname, import.meta.env.BASE_URL, ctx.site));
  return next();
});
