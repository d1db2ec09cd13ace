/**
 * YAML files written as people would: through `yaml`'s Document (comments, key order and quoting of
 * everything untouched kept), then Prettier with the project's settings (the formatting `npm run
 * lint` checks), so a file the editor saves differs from the one it read only where it was edited.
 */
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parseDocument, type Document } from 'yaml';

export function readYaml(file: string): Document {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? 'YAML error'}`);
  return doc;
}

export async function yamlText(doc: Document, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(doc.toString({ lineWidth: 0 }), { ...options, filepath: file, parser: 'yaml' });
}
