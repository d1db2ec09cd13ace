/** Site-wide enhancements: the theme picker, copy-link buttons and a language switch that keeps the page's state. Everything works without them. */
import { announce } from './dom.ts';

const KEY = 'atlas-theme';

type Theme = 'system' | 'light' | 'dark';
const isTheme = (v: string | null): v is Theme => v === 'system' || v === 'light' || v === 'dark';

/** Three radio buttons: follow the system, light, dark; the checked one is the theme in use. */
class ThemePicker extends HTMLElement {
  connectedCallback(): void {
    const radios = [...this.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const set = document.documentElement.dataset['theme'] ?? null;
    const current: Theme = isTheme(set) ? set : 'system';
    for (const r of radios) {
      r.checked = r.value === current;
      r.addEventListener('change', () => {
        if (!r.checked || !isTheme(r.value)) return;
        apply(r.value);
      });
    }
    this.hidden = false;
  }
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    /* storage may be disabled: the choice then lasts for this page only */
  }
}

/**
 * The language switch takes the page's state along: the query string (search terms and facets, the
 * compare selection, map filters, a pack) and the fragment (a finding's anchor). Both are
 * language-neutral ids. The link is brought up to date just before it is followed.
 */
function keepStateOnLanguageSwitch(): void {
  const a = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (!a) return;
  const base = a.getAttribute('href') ?? '';
  const sync = () => {
    a.href = `${base}${location.search}${location.hash}`;
  };
  for (const event of ['pointerdown', 'focus', 'click']) a.addEventListener(event, sync);
  sync();
}

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const a = this.querySelector('a');
    // Absent outside secure contexts (plain http), whatever the DOM types say.
    if (!a || !('clipboard' in navigator)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = this.dataset['label'] ?? 'Copy link';
    // The confirmation is shown beside the button and announced through the page's one live region
    // (a live region per button would put dozens on a case page).
    const done = document.createElement('span');
    done.className = 'meta copied';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(new URL(a.href, location.href).href).then(() => {
        done.textContent = this.dataset['done'] ?? 'Copied';
        announce(done.textContent);
      });
    });
    this.append(' ', button, ' ', done);
  }
}

customElements.define('theme-picker', ThemePicker);
customElements.define('copy-link', CopyLink);
keepStateOnLanguageSwitch();
