/**
 * <atlas-map>: enhances the server-rendered map. Filters by sector and country (state in the URL:
 * ?sector=health&country=kr), a tooltip on hover and focus, and highlighting of a city's partners.
 */
import { formsFrom, plural } from '../i18n/plural.ts';

class AtlasMap extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const tip = this.querySelector<HTMLElement>('.map-tip');
    if (!form || !tip) return;
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';
    form.addEventListener('change', () => {
      const next = new URLSearchParams(location.search);
      for (const select of form.querySelectorAll('select')) {
        if (select.value === '') next.delete(select.name);
        else next.set(select.name, select.value);
      }
      const qs = next.toString();
      history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
      this.apply();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
    });
    window.addEventListener('popstate', () => {
      const p = new URLSearchParams(location.search);
      for (const select of form.querySelectorAll('select')) select.value = p.get(select.name) ?? '';
      this.apply();
    });

    const show = (a: SVGAElement) => {
      tip.textContent = a.querySelector('title')?.textContent ?? '';
      const box = a.getBoundingClientRect();
      const frame = this.getBoundingClientRect();
      tip.style.left = `${box.left - frame.left + box.width / 2}px`;
      tip.style.top = `${box.top - frame.top}px`;
      tip.hidden = false;
      this.highlight(a.dataset['city']);
    };
    const hide = () => {
      tip.hidden = true;
      this.highlight(undefined);
    };
    // Every rendering of the map (the wide one and the phone one) gets the tooltip and highlighting.
    for (const a of this.querySelectorAll<SVGAElement>('svg a')) {
      a.addEventListener('mouseenter', () => {
        show(a);
      });
      a.addEventListener('focus', () => {
        show(a);
      });
      a.addEventListener('mouseleave', hide);
      a.addEventListener('blur', hide);
    }
    // The tooltip can be dismissed without moving the pointer or the focus (WCAG 1.4.13).
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !tip.hidden) hide();
    });
    this.apply();
  }

  /** Highlight a city, its arcs and its partners (or clear). */
  highlight(city: string | undefined): void {
    this.classList.toggle('highlighting', city !== undefined);
    const partners = new Set<string>();
    for (const arc of this.querySelectorAll<SVGAElement>('a[data-pairing]')) {
      const cities = (arc.dataset['cities'] ?? '').split(' ');
      const on = city !== undefined && cities.includes(city);
      arc.classList.toggle('hl', on);
      if (on) cities.forEach((c) => partners.add(c));
    }
    for (const pt of this.querySelectorAll<SVGAElement>('a[data-city]'))
      pt.classList.toggle('hl', partners.has(pt.dataset['city'] ?? ''));
  }

  /** Show only pairings (and their cities) matching the selected sector and country. */
  apply(): void {
    const form = this.querySelector('form');
    const sector = form?.querySelector<HTMLSelectElement>('select[name=sector]')?.value ?? '';
    const country = form?.querySelector<HTMLSelectElement>('select[name=country]')?.value ?? '';
    const countryOf = new Map(
      [...this.querySelectorAll<SVGAElement>('a[data-city]')].map((a) => [
        a.dataset['city'] ?? '',
        a.dataset['country'] ?? '',
      ]),
    );
    const visibleCities = new Set<string>();
    const shown = new Set<string>();
    for (const arc of this.querySelectorAll<SVGAElement>('a[data-pairing]')) {
      const cities = (arc.dataset['cities'] ?? '').split(' ');
      const ok =
        (sector === '' || (arc.dataset['sectors'] ?? '').split(' ').includes(sector)) &&
        (country === '' || cities.some((c) => countryOf.get(c) === country));
      arc.classList.toggle('off', !ok);
      arc.setAttribute('aria-hidden', String(!ok));
      arc.setAttribute('tabindex', ok ? '0' : '-1');
      if (ok) {
        shown.add(arc.dataset['pairing'] ?? '');
        cities.forEach((c) => visibleCities.add(c));
      }
    }
    for (const pt of this.querySelectorAll<SVGAElement>('a[data-city]')) {
      const ok = (sector === '' && country === '') || visibleCities.has(pt.dataset['city'] ?? '');
      pt.classList.toggle('off', !ok);
      pt.setAttribute('aria-hidden', String(!ok));
      pt.setAttribute('tabindex', ok ? '0' : '-1');
    }
    const status = this.querySelector('.map-status');
    if (status)
      status.textContent = plural(formsFrom(this.dataset['shown'], '{n}'), document.documentElement.lang, shown.size);
  }
}
customElements.define('atlas-map', AtlasMap);
