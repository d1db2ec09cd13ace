/**
 * The search page's "Download these findings (CSV)" button: shown once a search has listed
 * findings; on use it fetches the published findings table and keeps exactly the listed rows
 * (./findings-csv.ts, with d3-dsv, loaded only then), in the browser, no server.
 */
import { saveBlob } from './dom.ts';

export interface CsvButton {
  /** The findings now listed, and the file name for them. */
  offer: (ids: readonly string[], name: string) => void;
}

async function download(url: string, ids: readonly string[], name: string): Promise<void> {
  const [{ pickRows }, response] = await Promise.all([import('./findings-csv.ts'), fetch(url)]);
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  saveBlob(new Blob([pickRows(await response.text(), ids)], { type: 'text/csv;charset=utf-8' }), name);
}

export function csvButton(button: HTMLButtonElement | null, url: string, failed: string): CsvButton {
  let ids: readonly string[] = [];
  let name = 'findings.csv';
  const label = button?.textContent ?? '';
  button?.addEventListener('click', () => {
    button.disabled = true;
    download(url, ids, name)
      .then(() => {
        button.textContent = label;
      })
      .catch((e: unknown) => {
        button.textContent = failed;
        console.warn(e);
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return {
    offer: (next, file) => {
      ids = next;
      name = file;
      if (button) button.hidden = next.length === 0;
    },
  };
}

/** A file name for a search state: `atlas-findings-anggaran-kind-obstacle.csv`. */
export const csvName = (query: string): string =>
  `atlas-findings${`-${query.replace(/^\?/, '')}`
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 80)
    .replace(/-+$/, '')}.csv`;
