/**
 * Starting the next release (`npm run release -- <version>`, tools/release.ts): the current
 * release's built open-data files are archived verbatim into content/releases/<current>/, so that
 * citations of it stay retrievable at /data/v<current>/; the next version is added at the top of
 * content/releases.yaml (its changes left to describe: the validator refuses the placeholder), and
 * package.json and CITATION.cff follow it. Text edits keep the files' comments and order; nothing is
 * written unless every check passes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { PLACEHOLDER } from '../../src/lib/content/cross-checks.ts';
import { compareVersions, releaseFolder } from '../../src/lib/model/releases.ts';
import { SEMVER } from '../../src/lib/shared/patterns.ts';

/** The newest version listed in a releases.yaml text. */
export function currentVersion(releasesYaml: string): string {
  const data = load(releasesYaml, { schema: CORE_SCHEMA }) as { releases?: { version?: unknown }[] } | null;
  const version = data?.releases?.[0]?.version;
  if (typeof version !== 'string') throw new Error('content/releases.yaml lists no release to start from');
  return version;
}

/** releases.yaml with a new first entry for `version`, dated `date`, its change still to describe. */
export function prependRelease(releasesYaml: string, version: string, date: string): string {
  const at = /^releases:[ \t]*\n/m.exec(releasesYaml);
  if (!at) throw new Error('content/releases.yaml has no "releases:" line');
  const entry = [
    `  - version: ${version}`,
    `    date: ${date}`,
    '    changes:',
    '      - kind: content',
    '        text:',
    `          id: ${PLACEHOLDER}`,
    `          en: ${PLACEHOLDER}`,
    '',
  ].join('\n');
  const end = at.index + at[0].length;
  return `${releasesYaml.slice(0, end)}${entry}${releasesYaml.slice(end)}`;
}

/** A YAML or JSON text with its top-level `key: value` (or `"key": "value"`) replaced. */
export function setField(text: string, key: string, value: string, file: string): string {
  const yaml = new RegExp(`^(${key}:[ \\t]*).*$`, 'm');
  const json = new RegExp(`^(  "${key}":[ \\t]*)"[^"]*"`, 'm');
  if (json.test(text)) return text.replace(json, `$1"${value}"`);
  if (yaml.test(text)) return text.replace(yaml, `$1${value}`);
  throw new Error(`${file} has no top-level "${key}"`);
}

export interface StartRelease {
  /** The content folder (content/, or a copy). */
  content: string;
  /** The built open data (dist/data/) of the current release. */
  distData: string;
  next: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The project root, whose package.json and CITATION.cff follow the version; none for a content copy. */
  root?: string;
}

/** Archives the current release and starts `next`; returns the paths written. */
export function startRelease(o: StartRelease): string[] {
  const releasesFile = join(o.content, 'releases.yaml');
  const yaml = readFileSync(releasesFile, 'utf8');
  const current = currentVersion(yaml);
  if (!SEMVER.test(o.next)) throw new Error(`"${o.next}" is not a version MAJOR.MINOR.PATCH such as 0.3.0`);
  if (compareVersions(o.next, current) <= 0) throw new Error(`${o.next} is not after the current release ${current}`);
  const built = join(o.distData, releaseFolder(current));
  const pkgFile = join(built, 'datapackage.json');
  if (!existsSync(pkgFile))
    throw new Error(`${pkgFile} is missing: build the current release first (npm run build:deploy)`);
  const builtVersion = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version?: unknown }).version;
  if (builtVersion !== current)
    throw new Error(`${pkgFile} is version ${String(builtVersion)}, not ${current}: rebuild`);
  const archive = join(o.content, 'releases', current);
  if (existsSync(archive)) throw new Error(`${archive} exists already`);

  const edits: [string, string][] = [[releasesFile, prependRelease(yaml, o.next, o.date)]];
  if (o.root !== undefined) {
    const pkg = join(o.root, 'package.json');
    const cff = join(o.root, 'CITATION.cff');
    edits.push([pkg, setField(readFileSync(pkg, 'utf8'), 'version', o.next, pkg)]);
    let cffText = setField(readFileSync(cff, 'utf8'), 'version', o.next, cff);
    cffText = setField(cffText, 'date-released', o.date, cff);
    edits.push([cff, cffText]);
  }
  // The archive is copied beside its place and renamed into it, so a failed copy leaves nothing half-way.
  const partial = `${archive}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(dirname(archive), { recursive: true });
  cpSync(built, partial, { recursive: true });
  renameSync(partial, archive);
  for (const [file, text] of edits) writeFileSync(file, text);
  return [archive, ...edits.map(([file]) => file)];
}
