/** Minimal types for the parts of citation-js the atlas uses. */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslData {
    id: string;
    type: string;
    title?: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    accessed?: { 'date-parts': number[][] };
    'container-title'?: string;
    publisher?: string;
    genre?: string;
    language?: string;
    URL?: string;
    note?: string;
    [key: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: CslData[];
    format(
      format: 'bibtex' | 'biblatex' | 'ris' | 'data' | 'bibliography' | 'citation',
      options?: Record<string, unknown>,
    ): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
