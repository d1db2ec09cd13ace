/** Releases: versions compared as semantic versions, and the atlas's current one. Pure. */
import type { Release } from '../../schemas/index.ts';

/** Negative when `a` is an earlier version than `b`, positive when later, 0 when equal (MAJOR.MINOR.PATCH). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The releases newest first (by version). */
export const newestFirst = (releases: readonly Release[]): Release[] =>
  [...releases].sort((a, b) => compareVersions(b.version, a.version));

/** The atlas's current release: the newest. The validator guarantees there is one. */
export function currentRelease(releases: readonly Release[]): Release {
  const [latest] = newestFirst(releases);
  if (!latest) throw new Error('content/releases.yaml lists no release');
  return latest;
}

/** The folder of a release's open-data files, below /data/: `v0.2.0`. */
export const releaseFolder = (version: string) => `v${version}`;
