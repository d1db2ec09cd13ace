/**
 * `npm run validate`: reads content/ (or ATLAS_CONTENT_DIR) and reports every problem with its file,
 * entry and field. Exits 1 when anything is wrong. The build runs the same checks.
 */
import { ContentValidationError } from '../src/lib/content/errors.ts';
import { loadCorpus } from '../src/lib/content/load.ts';

try {
  const c = loadCorpus();
  console.log(
    `Content OK: ${c.cases.length} cases, ${c.findings.length} findings, ${c.pairings.length} pairings, ` +
      `${c.cities.length} cities, ${c.sources.length} sources, ${c.concepts.length} concepts.`,
  );
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
