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

/** Say something to screen readers through one polite live region per page, made on first use. */
function announce(text: string): void {
  let region = document.querySelector<HTMLElement>('[data-atlas-announcer]');
  if (!region) {
    region = document.createElement('div');
    region.dataset['atlasAnnouncer'] = '';
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  // Emptied first, so that the same words said twice are announced twice.
  region.textContent = '';
  const target = region;
  requestAnimationFrame(() => {
    target.textContent = text;
  });
}

customElements.define('theme-toggle', ThemeToggle);
customElements.define('copy-link', CopyLink);
