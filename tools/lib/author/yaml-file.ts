/**
 * YAML files written as the content is written by hand: through `yaml`'s Document (comments, key
 * order, anchors and the quoting of everything untouched kept), with flow maps padded
 * (`{ id: …, en: … }`) and flow lists not (`[a, b]`), so a saved file differs from the one read only
 * where it was edited.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';

export function readYaml(file: string): Document {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? 'YAML error'}`);
  return doc;
}

export function yamlText(doc: Document): string {
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .replace(/([:-] )\[ ([^[\]\n]*) \]( #.*)?$/gm, '$1[$2]$3');
}
