/** The search page's active filters: each ticked facet value as a removable chip, and their number on the Filter summary. */
import { el } from './dom.ts';

export function renderChips(root: HTMLElement, commit: () => void): void {
  const list = root.querySelector<HTMLUListElement>('ul.chips');
  if (!list) return;
  const ticked = [...root.querySelectorAll<HTMLInputElement>('.facets input[type=checkbox]:checked')];
  list.replaceChildren(
    ...ticked.map((box) => {
      const text = box.closest<HTMLElement>('li[data-value]')?.dataset['label'] ?? box.value;
      const button = el('button', text, 'chip');
      const x = el('span', '×');
      x.setAttribute('aria-hidden', 'true');
      button.append(' ', x);
      button.type = 'button';
      button.setAttribute('aria-label', (root.dataset['remove'] ?? '{label}').replace('{label}', text));
      button.addEventListener('click', () => {
        box.checked = false;
        commit();
        (list.querySelector('button') ?? root.querySelector<HTMLInputElement>('input[name=q]'))?.focus();
      });
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
  );
  const group = list.closest<HTMLElement>('.active-filters');
  if (group) group.hidden = ticked.length === 0;
  const count = root.querySelector('.filter-count');
  if (count) count.textContent = ticked.length > 0 ? `(${String(ticked.length)})` : '';
}
