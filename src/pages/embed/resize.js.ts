/** /embed/resize.js: the script a host page adds once to size embedded views to their content (src/lib/shared/embed.ts). */
import type { APIRoute } from 'astro';
import { hostResizeScript } from '../../lib/shared/embed.ts';

export const GET: APIRoute = () =>
  new Response(hostResizeScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
