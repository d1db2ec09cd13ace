/** Site-wide enhancements: the theme toggle and copy-link buttons. Everything works without them. */

const KEY = 'atlas-theme';

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const dark = () => {
      const set = document.documentElement.dataset['theme'];
      return set ? set === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    };
    button.setAttribute('aria-pressed', String(dark()));
    button.addEventListener('click', () => {
      const next = dark() ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* storage may be disabled: the choice then lasts for this page only */
      }
      button.setAttribute('aria-pressed', String(next === 'dark'));
    });
    this.hidden = false;
  }
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
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'meta';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(new URL(a.href, location.href).href).then(() => {
        status.textContent = this.dataset['done'] ?? 'Copied';
      });
    });
    this.append(' ', button, ' ', status);
  }
}

customElements.define('theme-toggle', ThemeToggle);
customElements.define('copy-link', CopyLink);
