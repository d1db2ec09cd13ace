/** The content fixtures: tests/fixtures/valid, a small correct content tree, and the invalid overlays. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'tests/fixtures');

/** A copy of the valid fixture in `<work>/content`, for a test to change; returns its path. */
export function validFixtureCopy(work: string): string {
  const content = join(work, 'content');
  cpSync(join(FIXTURES, 'valid'), content, { recursive: true });
  return content;
}
