/**
 * Last-updated dates from git history: one `git log` per build, parsed into file → latest commit
 * date. Deterministic for a given commit; outside a git checkout every date is unknown.
 */
import { spawnSync } from 'node:child_process';

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

/** The latest date among files under any of the given path prefixes. */
export function latestUnder(dates: Map<string, string>, prefixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const [file, date] of dates) {
    if (prefixes.some((p) => file === p || file.startsWith(p.endsWith('/') ? p : `${p}/`)) && (best === undefined || date > best)) best = date;
  }
  return best;
}

export function readGitDates(dir: string): Map<string, string> {
  const res = spawnSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], { encoding: 'utf8' });
  return res.status === 0 ? parseGitLog(res.stdout) : new Map();
}
