/**
 * The phone audit: what a reader on a small screen runs into on one page, measured in Chromium.
 * Reports horizontal overflow, a header taller than 64 px, rendered text under 11 CSS px (SVG text
 * measured through its screen transform) and interactive targets under 24×24 px that WCAG 2.5.8
 * does not exempt (inline links in a sentence; targets with 24 px of free space around them).
 * Used by tests/browser/phone.test.ts. Each check runs in the page, so each defines
 * the little helpers it needs (a function passed to page.evaluate cannot use outer ones).
 */
import type { Page } from 'playwright-core';

const PHONE_LIMITS = { header: 64, text: 11, target: 24 } as const;

export interface PhoneProblem {
  kind: 'overflow' | 'header' | 'text' | 'target';
  /** What is wrong, with the element and its measured size. */
  detail: string;
}

/** Open every <details> on the page (menus, filters, evidence, chart tables) before measuring. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/** Every check on the page as it is now (the viewport set by the caller). */
export async function auditPhonePage(page: Page): Promise<PhoneProblem[]> {
  const layout = await page.evaluate(checkLayout, PHONE_LIMITS);
  const text = await page.evaluate(checkText, PHONE_LIMITS);
  const targets = await page.evaluate(checkTargets, PHONE_LIMITS);
  return [
    ...layout,
    ...text.map((detail) => ({ kind: 'text' as const, detail })),
    ...targets.map((detail) => ({ kind: 'target' as const, detail })),
  ];
}

type Limits = typeof PHONE_LIMITS;

function checkLayout(limits: Limits): PhoneProblem[] {
  const problems: PhoneProblem[] = [];
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  if (scroll > width) {
    const over = (el: Element) => el.getBoundingClientRect().right > width + 1;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => over(el) && el.getBoundingClientRect().width > 0 && !(el.parentElement && over(el.parentElement)))
      .slice(0, 3)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}.${el.className}> ends at ${Math.round(el.getBoundingClientRect().right)} px`,
      );
    problems.push({ kind: 'overflow', detail: `page is ${scroll} px wide at ${width} px: ${wide.join('; ')}` });
  }
  const header = document.querySelector('header.site');
  const h = header?.getBoundingClientRect().height ?? 0;
  if (h > limits.header) problems.push({ kind: 'header', detail: `header is ${Math.round(h)} px tall` });
  return problems;
}

function checkText(limits: Limits): string[] {
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && el.closest('[hidden], .visually-hidden') === null
    );
  };
  const small = new Map<string, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent?.trim() || !el || !visible(el) || el.closest('script, style, title, desc')) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    // SVG text: its font size in user units, scaled by the SVG's transform to the screen.
    const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    if (ctm) size *= Math.hypot(ctm.a, ctm.b);
    const name = `<${el.tagName.toLowerCase()}> "${n.textContent.trim().slice(0, 30)}"`;
    if (size < limits.text - 0.05) small.set(name, Math.min(size, small.get(name) ?? Infinity));
  }
  const lines = [...small].slice(0, 5).map(([name, size]) => `${name} is ${size.toFixed(1)} px`);
  return small.size > 5 ? [...lines, `and ${small.size - 5} more small texts`] : lines;
}

function checkTargets(limits: Limits): string[] {
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && el.closest('[hidden], .visually-hidden') === null
    );
  };
  const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 30)}"`;
  // What an open overlay (the header menu, marked data-overlay) covers cannot be tapped: left out.
  const overlays = [...document.querySelectorAll('[data-overlay]')].filter(visible);
  const meets = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const covered = (el: Element) =>
    overlays.some((o) => !o.contains(el) && meets(el.getBoundingClientRect(), o.getBoundingClientRect()));
  // A checkbox or radio inside its <label> is tapped anywhere on the label: the label is the target.
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]';
  const asTarget = (el: Element): Element =>
    (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && el.closest('label')) || el;
  const targets = [...new Set([...document.querySelectorAll(selector)].map(asTarget))].filter(
    (el) => visible(el) && !covered(el),
  );
  const rects = targets.map((el) => el.getBoundingClientRect());
  // WCAG 2.5.8's inline exception: a link inside a sentence of other text.
  const inline = (el: Element): boolean => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement?.closest('p, li, dd, td, figcaption, blockquote, span, small, cite');
    return !!block && block.textContent.trim().length > el.textContent.trim().length;
  };
  const out: string[] = [];
  targets.forEach((el, i) => {
    const r = rects[i];
    if (!r || (r.width >= limits.target - 0.5 && r.height >= limits.target - 0.5) || inline(el)) return;
    // The spacing exception: a 24 px circle on its centre touches no other target.
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const near = targets.find((other, j) => {
      const o = rects[j];
      if (!o || j === i || other.contains(el) || el.contains(other)) return false;
      return (
        Math.hypot(Math.max(o.left - cx, 0, cx - o.right), Math.max(o.top - cy, 0, cy - o.bottom)) < limits.target / 2
      );
    });
    if (near) out.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px, too close to ${name(near)}`);
  });
  return out.length > 5 ? [...out.slice(0, 5), `and ${out.length - 5} more small targets`] : out;
}
