/**
 * One browser test file's site: dist/ served on 127.0.0.1 and a Chromium to visit it, started
 * before its tests and stopped after them (tools/lib/browser.ts does the work).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSite, type Seen, type SiteSession } from '../../tools/lib/browser.ts';
import { DIST, requireDist } from '../../tools/lib/dist.ts';

export interface SiteHarness {
  /** The running site (after beforeAll). */
  readonly site: SiteSession;
  /** Console errors and outside requests of the page `open` opened last. */
  readonly seen: Seen;
  /** A new page at a site path, loaded to network idle and watched. */
  open: (path: string) => Promise<Page>;
}

export function useSite(dir: string = DIST): SiteHarness {
  let session: SiteSession | undefined;
  let last: Seen = { errors: [], external: [] };
  beforeAll(async () => {
    requireDist();
    session = await startSite(dir);
  });
  afterAll(async () => {
    await session?.close();
  });
  const site = (): SiteSession => {
    if (!session) throw new Error('the site is not started: useSite() registers beforeAll');
    return session;
  };
  return {
    get site() {
      return site();
    },
    get seen() {
      return last;
    },
    open: async (path) => {
      const opened = await site().open(path);
      last = opened.seen;
      return opened.page;
    },
  };
}
