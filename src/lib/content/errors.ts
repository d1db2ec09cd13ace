/** One problem in the content, located precisely enough for a contributor to fix it. */
export interface ContentError {
  /** File path relative to the project root, e.g. `content/cases/semarang-jung-gu/findings.yaml`. */
  file: string;
  /** The entry inside the file, e.g. `finding "semarang-mou-2016"` or `entry #3`. */
  entry: string;
  /** Dotted path of the field, e.g. `evidence[0].quote`; empty for whole-entry problems. */
  field: string;
  message: string;
}

export function formatError(e: ContentError): string {
  const where = [e.file, e.entry, e.field].filter((s) => s !== '').join(' › ');
  return `${where}: ${e.message}`;
}

function formatErrors(errors: readonly ContentError[]): string {
  const n = errors.length;
  return [
    `Content validation failed with ${n} error${n === 1 ? '' : 's'}:`,
    ...errors.map((e) => `  ✗ ${formatError(e)}`),
    'See CONTRIBUTING.md for the content format.',
  ].join('\n');
}

export class ContentValidationError extends Error {
  /** The individual problems (not named `errors`: Astro would print only their bare messages). */
  readonly problems: readonly ContentError[];
  constructor(problems: readonly ContentError[]) {
    super(formatErrors(problems));
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}
