/**
 * Narratives (case stories, teaching notes, concept explanations) are MDX with two components:
 * `<Cite f="finding-id" />` and `<Concept c="concept-id">term</Concept>`. The content check renders
 * each once to find problems; a page renders its narrative again from the file. Neither compiles a
 * JavaScript module per narrative (at 10,000 cases the bundler held 3 GB for 20,000 of them) nor
 * keeps the HTML in the content store (260 MB, embedded in the build's server bundle).
 *
 * The components become placeholder elements (`<atlas-cite>`, `<atlas-concept>`) in the stored
 * HTML; `narrativeParts` splits the HTML at them so a page can render the real components.
 * Anything else MDX allows (imports, exports, expressions, other components) is reported as a
 * problem with its line and column, since nothing on a page could render it.
 */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';

/** A heading of a narrative, as Astro's `render()` reports headings. */
export interface NarrativeHeading {
  /** 1 for `#`, 2 for `##`, … */
  depth: number;
  /** The `id` given to the heading element (GitHub-style slug of its text). */
  slug: string;
  /** The heading's text. */
  text: string;
}

/** Where a component was used in the source (1-based). */
interface Located {
  /** The finding id (`<Cite f>`) or concept id (`<Concept c>`). */
  id: string;
  line: number;
  column: number;
}

/** Something in a narrative that cannot be rendered. */
interface NarrativeProblem {
  line: number;
  column: number;
  message: string;
}

export interface RenderedNarrative {
  /** HTML with `<atlas-cite f="…"></atlas-cite>` and `<atlas-concept c="…">…</atlas-concept>` placeholders. */
  html: string;
  headings: NarrativeHeading[];
  cites: Located[];
  concepts: Located[];
  /** Empty when the narrative is fine; `html` is then complete. */
  problems: NarrativeProblem[];
  /** With `items`: each list item under a `##` section (a learning objective, a question), with the findings it cites. */
  items: { id: string; cites: string[]; text: string; section: string }[];
}

export interface RenderOptions {
  /** Serialise the HTML (false for the content check, which only needs the problems). */
  html?: boolean;
  /** Put before every id the narrative gives (several narratives on one page). */
  idPrefix?: string;
  /** Render headings this many levels lower (`##` as <h3> under a page's own <h2>); depths stay as written. */
  shift?: number;
  /**
   * Give each list item under a `##` section an id (`discussion-questions-2`), list it in `items`,
   * and end it with an `<atlas-item>` placeholder (a page may render tools for it there).
   */
  items?: boolean;
}

/** The components a narrative may use, for error messages. */
const NARRATIVE_COMPONENTS = '<Cite f="finding-id" /> and <Concept c="concept-id">term</Concept>';

type Position = { start?: { line?: number; column?: number } } | undefined;
/** The MDX node types satteri adds to hast. */
interface MdxJsx {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
  position?: Position;
}
interface MdxOther {
  type: 'mdxTextExpression' | 'mdxFlowExpression' | 'mdxjsEsm';
  value: string;
  position?: Position;
}
type Node = RootContent | MdxJsx | MdxOther;

type Positioned = { position?: Position };

/** Converts an MDX tree to HTML nodes, collecting citations, concept links, headings and problems. */
class Converter {
  readonly out: RenderedNarrative = { html: '', headings: [], cites: [], concepts: [], problems: [], items: [] };
  readonly #slugger = new GithubSlugger();
  readonly #counts = new Map<string, number>();
  #section: string | undefined;
  #sectionTitle = '';

  readonly options: RenderOptions;

  constructor(options: RenderOptions) {
    this.options = options;
  }

  at(node: Positioned): { line: number; column: number } {
    return { line: node.position?.start?.line ?? 0, column: node.position?.start?.column ?? 0 };
  }

  problem(node: Positioned, message: string): void {
    this.out.problems.push({ ...this.at(node), message });
  }

  /** A string attribute, or a problem when it is missing or not a plain string. */
  attribute(node: MdxJsx, name: string): string | undefined {
    const attrs = node.attributes;
    for (const a of attrs) {
      if (a.type === 'mdxJsxAttribute' && a.name === name) continue;
      const found = a.type === 'mdxJsxAttribute' ? a.name : 'a {…} spread';
      this.problem(node, `<${node.name ?? ''}> takes only ${name}="…" (found ${found})`);
    }
    const found = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (!found) {
      this.problem(node, `<${node.name ?? ''}> needs ${name}="…"`);
      return undefined;
    }
    if (typeof found.value !== 'string' || found.value === '') {
      this.problem(node, `<${node.name ?? ''} ${name}> must be a non-empty quoted string, not an {expression}`);
      return undefined;
    }
    return found.value;
  }

  /** Convert a list of nodes; `inConcept` forbids components inside a <Concept>. */
  convert(nodes: readonly unknown[], inConcept: boolean): ElementContent[] {
    return nodes.flatMap((raw) => this.node(raw as Node, inConcept));
  }

  node(node: Node, inConcept: boolean): ElementContent[] {
    switch (node.type) {
      case 'mdxjsEsm':
        this.problem(node, `narratives cannot import or export (only ${NARRATIVE_COMPONENTS} are available): "${firstLine(node.value)}"`);
        return [];
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        // {/* comments */} are allowed and dropped; any other {expression} is an error.
        if (!/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value)) {
          this.problem(node, `narratives cannot contain {expressions}: "{${firstLine(node.value)}}"`);
        }
        return [];
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        return this.component(node, inConcept);
      case 'element':
        return [this.element(node, inConcept)];
      case 'text':
      case 'comment':
      case 'raw':
        return [{ ...node, position: undefined }];
      default:
        this.problem(node, `unexpected ${(node as { type: string }).type}`);
        return [];
    }
  }

  /** <Cite f="…" /> and <Concept c="…">term</Concept> become placeholders; anything else is a problem. */
  component(node: MdxJsx, inConcept: boolean): ElementContent[] {
    if (inConcept) {
      this.problem(node, `<${node.name ?? ''}> cannot be used inside <Concept>`);
      return [];
    }
    if (node.name === 'Cite') {
      if (node.children.length > 0) this.problem(node, '<Cite> takes no content: write <Cite f="finding-id" />');
      const f = this.attribute(node, 'f');
      if (f === undefined) return [];
      this.out.cites.push({ id: f, ...this.at(node) });
      return [{ type: 'element', tagName: 'atlas-cite', properties: { f }, children: [] }];
    }
    if (node.name === 'Concept') {
      const c = this.attribute(node, 'c');
      if (node.children.length === 0) this.problem(node, '<Concept> needs the term it links: <Concept c="concept-id">term</Concept>');
      if (c === undefined) return [];
      this.out.concepts.push({ id: c, ...this.at(node) });
      return [{ type: 'element', tagName: 'atlas-concept', properties: { c }, children: this.convert(node.children, true) }];
    }
    this.problem(node, `unknown component <${node.name ?? ''}>: narratives can use only ${NARRATIVE_COMPONENTS}`);
    return [];
  }

  /** An HTML element; a heading gets an id (its own, or a slug of its text) and is listed. */
  element(node: Element, inConcept: boolean): Element {
    const cited = this.out.cites.length;
    const element: Element = { ...node, children: this.convert(node.children, inConcept) };
    delete element.position;
    const prefix = this.options.idPrefix ?? '';
    if (/^h[1-6]$/.test(element.tagName)) {
      const text = textOf(element);
      const id = element.properties['id'];
      const slug = prefix + (typeof id === 'string' ? id : this.#slugger.slug(text));
      element.properties = { ...element.properties, id: slug };
      const depth = Number(element.tagName[1]);
      this.out.headings.push({ depth, slug, text });
      if (depth === 2) {
        this.#section = slug;
        this.#sectionTitle = text.trim();
      }
      element.tagName = `h${String(Math.min(6, depth + (this.options.shift ?? 0)))}`;
    }
    if (this.options.items && element.tagName === 'li' && this.#section !== undefined) {
      const n = (this.#counts.get(this.#section) ?? 0) + 1;
      this.#counts.set(this.#section, n);
      const id = `${this.#section}-${String(n)}`;
      element.properties = { ...element.properties, id };
      this.out.items.push({
        id,
        cites: this.out.cites.slice(cited).map((c) => c.id),
        text: textOf(element).replace(/\s+/g, ' ').trim(),
        section: this.#sectionTitle,
      });
      element.children.push({ type: 'element', tagName: 'atlas-item', properties: { i: id }, children: [] });
    }
    return element;
  }
}

/**
 * Render one narrative's MDX source. Pure: the same source always gives the same result. With
 * `html: false` (the content check) the tree is checked but not serialised, and `html` is empty.
 */
export function renderNarrative(source: string, options: RenderOptions = {}): RenderedNarrative {
  const { html = true } = options;
  const tree = mdxToHast(source, { features: { gfm: true, smartPunctuation: true }, position: true }) as unknown as Root;
  const converter = new Converter(options);
  const root: Root = { type: 'root', children: converter.convert(tree.children, false) };
  if (html) converter.out.html = toHtml(root, { allowDangerousHtml: true });
  return converter.out;
}

/**
 * Read and render a narrative file for a page (the only function here that touches the disk).
 * The content check has already rejected a narrative with problems; one found here means the file
 * changed since, and stops the build rather than showing a broken page.
 */
export function narrativeFromFile(
  file: string,
  options: Omit<RenderOptions, 'html'> = {},
): { parts: NarrativePart[]; headings: NarrativeHeading[]; items: RenderedNarrative['items'] } {
  const { html, headings, problems, items } = renderNarrative(readFileSync(file, 'utf8'), options);
  const first = problems[0];
  if (first) throw new Error(`${file} line ${first.line}:${first.column}: ${first.message}`);
  return { parts: narrativeParts(html), headings, items };
}

/** One piece of a rendered narrative: plain HTML, or a component to render in its place. */
export type NarrativePart =
  | { kind: 'html'; html: string }
  | { kind: 'cite'; finding: string }
  | { kind: 'concept'; concept: string; html: string }
  | { kind: 'item'; item: string };

const PLACEHOLDER =
  /<atlas-cite f="([^"]*)"><\/atlas-cite>|<atlas-concept c="([^"]*)">([\s\S]*?)<\/atlas-concept>|<atlas-item i="([^"]*)"><\/atlas-item>/g;

/** Split `RenderedNarrative.html` at its component placeholders. */
export function narrativeParts(html: string): NarrativePart[] {
  const parts: NarrativePart[] = [];
  let last = 0;
  for (const m of html.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ kind: 'html', html: html.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'cite', finding: unescapeAttribute(m[1]) });
    else if (m[4] !== undefined) parts.push({ kind: 'item', item: unescapeAttribute(m[4]) });
    else parts.push({ kind: 'concept', concept: unescapeAttribute(m[2] ?? ''), html: m[3] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&#x([0-9a-f]+);|&quot;|&amp;/gi, (e, hex: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : e === '&quot;' ? '"' : '&'));
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function firstLine(s: string): string {
  const line = s.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
