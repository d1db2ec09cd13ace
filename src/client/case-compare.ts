/**
 * <case-compare>: shows the 2–4 cases named in `?cases=a,b` side by side (the static table shows all),
 * keeps the choice in the URL, and reports ids it cannot find.
 */
import { formsFrom, plural } from '../i18n/plural.ts';
import { parseIds } from '../lib/shared/id-list.ts';

class CaseCompare extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('.nojs-note')?.setAttribute('hidden', '');
    const form = this.querySelector('form');
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name=cases]:checked')].map((b) => b.value);
      history.pushState(null, '', `${location.pathname}${chosen.length > 0 ? `?cases=${chosen.join(',')}` : ''}`);
      this.apply();
    });
    window.addEventListener('popstate', () => {
      this.apply();
    });
    this.apply();
  }

  apply(): void {
    const known = new Set(
      [...this.querySelectorAll<HTMLElement>('th[data-case]')].map((th) => th.dataset['case'] ?? ''),
    );
    const { found, missing } = parseIds(new URLSearchParams(location.search).getAll('cases'), known);
    const show = found.length >= 2 && found.length <= 4 ? new Set(found) : known;
    for (const cell of this.querySelectorAll<HTMLElement>('[data-case]'))
      cell.hidden = !show.has(cell.dataset['case'] ?? '');
    // Shown columns follow the order given in the URL.
    for (const row of this.querySelectorAll('tr')) {
      const cells = [...row.querySelectorAll<HTMLElement>(':scope > [data-case]')];
      cells.sort((a, b) => order(a) - order(b));
      row.append(...cells);
    }
    function order(el: HTMLElement): number {
      const i = found.indexOf(el.dataset['case'] ?? '');
      return i < 0 ? found.length : i;
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name=cases]'))
      box.checked = found.includes(box.value);
    const status = this.querySelector('.compare-status');
    if (!status) return;
    const parts: string[] = [];
    if (missing.length > 0)
      parts.push(
        plural(formsFrom(this.dataset['missing'], ''), document.documentElement.lang, missing.length).replace(
          '{ids}',
          missing.join(', '),
        ),
      );
    if (found.length > 0 && (found.length < 2 || found.length > 4)) parts.push(this.dataset['toofew'] ?? '');
    status.textContent = parts.join(' ');
  }
}
customElements.define('case-compare', CaseCompare);
