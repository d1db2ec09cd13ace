/**
 * On every page: <pack-add> buttons add a finding, a case or a teaching item to the reader's pack, and <pack-link>
 * in the header opens it (src/client/reading-pack.ts renders the pack page).
 */
import { packQuery, packSize } from '../lib/shared/pack-state.ts';
import { el } from './dom.ts';
import { stored, store } from './pack-store.ts';

class PackAdd extends HTMLElement {
  connectedCallback(): void {
    const t = this.dataset['type'];
    const type = t === 'case' ? 'cases' : t === 'teaching' ? 'teaching' : 'findings';
    const id = this.dataset['id'] ?? '';
    const button = el('button', undefined, 'copy');
    button.type = 'button';
    const sync = () => {
      const on = stored()[type].includes(id);
      button.textContent = on ? (this.dataset['added'] ?? 'In the pack') : (this.dataset['label'] ?? 'Add to pack');
      button.setAttribute('aria-pressed', String(on));
    };
    button.addEventListener('click', () => {
      const s = stored();
      const next = { ...s, [type]: s[type].includes(id) ? s[type].filter((x) => x !== id) : [...s[type], id] };
      store(next);
    });
    window.addEventListener('atlas-pack', sync);
    window.addEventListener('storage', sync);
    sync();
    this.append(button);
  }
}

class PackLink extends HTMLElement {
  connectedCallback(): void {
    const a = this.querySelector('a');
    if (!a) return;
    const base = a.getAttribute('href') ?? '';
    const sync = () => {
      const s = stored();
      const n = packSize(s);
      this.hidden = n === 0;
      a.href = `${base}${packQuery(s)}`;
      a.textContent = (this.dataset['label'] ?? '({n})').replace('{n}', String(n));
    };
    window.addEventListener('atlas-pack', sync);
    window.addEventListener('storage', sync);
    sync();
  }
}

customElements.define('pack-add', PackAdd);
customElements.define('pack-link', PackLink);
