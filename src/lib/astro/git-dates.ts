/**
 * Last-updated dates from git history: one `git log` per build, parsed into file → latest commit
 * date. Deterministic for a given commit; outside a git checkout every date is unknown.
 */
import { spawnSync } from 'node:child_process';
import { memoizeWeak } from '../shared/memo.ts';

/** Parse `git log --format=@%cs --name-only` output: the first date seen for a file is its latest. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1).trim();
    else if (line.trim() !== '' && current !== '' && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

/** The latest date of every file and of every folder above it, computed once per dates map. */
const latestByPath = memoizeWeak((dates: Map<string, string>): Map<string, string> => {
  const index = new Map<string, string>();
  for (const [file, date] of dates) {
    const parts = file.split('/');
    for (let i = parts.length; i > 0; i--) {
      const path = parts.slice(0, i).join('/');
      const seen = index.get(path);
      if (seen === undefined || date > seen) index.set(path, date);
    }
  }
  return index;
});

/** The latest date among files equal to or under any of `prefixes`: a lookup per prefix, not a scan of every file (a scan per page is quadratic). */
export function latestUnder(dates: Map<string, string>, prefixes: readonly string[]): string | undefined {
  const index = latestByPath(dates);
  let best: string | undefined;
  for (const p of prefixes) {
    const date = index.get(p.replace(/\/+$/, ''));
    if (date !== undefined && (best === undefined || date > best)) best = date;
  }
  return best;
}

/**
 * The latest commit date of every file under `dir`, from the repository at `cwd`. Outside a git
 * checkout there are no dates (pages say "unknown"); a git that fails otherwise stops the build,
 * rather than silently turning every date into "unknown".
 */
export function readGitDates(dir: string, cwd: string = process.cwd()): Map<string, string> {
  const res = spawnSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], {
    cwd,
    encoding: 'utf8',
    // The log grows with the history: ~1.3 MB at 10,000 cases, more than Node's 1 MiB default.
    maxBuffer: 1 << 30,
  });
  if (res.error) throw new Error(`last-updated dates: git log failed: ${res.error.message}`);
  if (res.status !== 0) return new Map<string, string>();
  return parseGitLog(res.stdout);
}
