import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestUnder, parseGitLog, readGitDates } from '../../../src/lib/astro/git-dates.ts';

describe('last-updated dates from git', () => {
  const log =
    '@2026-11-20\n\ncontent/cases/a/case.yaml\ncontent/cities.yaml\n@2026-11-01\n\ncontent/cases/b/case.yaml\ncontent/cases/a/case.yaml\n';
  it('keeps the latest date per file and the latest under a folder', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/cases/a/case.yaml')).toBe('2026-11-20');
    expect(latestUnder(dates, ['content/cases/b'])).toBe('2026-11-01');
    expect(latestUnder(dates, ['content/cases/b', 'content/cities.yaml'])).toBe('2026-11-20');
    expect(latestUnder(dates, ['content/cases/bb'])).toBeUndefined();
    expect(latestUnder(dates, ['content/cases/b/'])).toBe('2026-11-01');
    expect(latestUnder(dates, ['content'])).toBe('2026-11-20');
    expect(latestUnder(dates, ['content/cases/b/case.yaml'])).toBe('2026-11-01');
  });
});

describe('reading the history of a real repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'atlas-git-'));
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });
  const git = (...args: string[]) => {
    const res = spawnSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z' },
    });
    expect(res.status, res.stderr).toBe(0);
  };

  it('reads a log larger than 1 MiB (a 10,000-case history) instead of losing every date', () => {
    git('init', '-q');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    // 3,000 paths of ~370 characters: about 1.1 MB of `git log --name-only`.
    let files = 0;
    for (let i = 0; i < 30; i++) {
      const folder = join(
        repo,
        'content',
        'cases',
        `case-${String(i).padStart(4, '0')}-${'x'.repeat(110)}`,
        'y'.repeat(110),
      );
      mkdirSync(folder, { recursive: true });
      for (let j = 0; j < 100; j++) {
        writeFileSync(
          join(folder, `finding-${String(j).padStart(3, '0')}-${'z'.repeat(110)}.yaml`),
          `${String(i)} ${String(j)}\n`,
        );
        files++;
      }
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'many files');
    const dates = readGitDates('content', repo);
    expect(dates.size).toBe(files);
    expect(latestUnder(dates, ['content/cases'])).toBe('2026-11-20');
  }, 60_000);

  it('gives no dates, without failing, outside a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    try {
      expect(readGitDates('content', plain).size).toBe(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
