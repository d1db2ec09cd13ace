/**
 * <source-text>: when the URL fragment names a quotation, highlight every segment of that
 * quotation (a quote can span emphasis or paragraphs). Without JS, :target highlights its start.
 */
class SourceText extends HTMLElement {
  connectedCallback(): void {
    this.update();
    window.addEventListener('hashchange', () => {
      this.update();
    });
  }

  update(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    for (const m of this.querySelectorAll('mark.current')) m.classList.remove('current');
    if (id === '') return;
    for (const m of this.querySelectorAll<HTMLElement>('mark[data-q]')) {
      if ((m.dataset['q'] ?? '').split(' ').includes(id)) m.classList.add('current');
    }
  }
}
customElements.define('source-text', SourceText);
