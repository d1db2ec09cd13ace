/**
 * A tool some tests need from the machine (Chromium, Java, feedparser): without it those tests are
 * skipped with a hint, except under CI=true, where a missing tool is a failure.
 */
export function optionalTool(present: boolean, missing: string, install: string): boolean {
  if (present) return true;
  if (process.env['CI'] === 'true') throw new Error(`${missing}: ${install}.`);
  console.warn(`${missing}; its tests are skipped. ${install}.`);
  return false;
}
