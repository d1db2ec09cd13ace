/** The reader's last reading pack, remembered in localStorage (the URL is the pack); an event tells the page it changed. */
import { isRecord, isStringArray } from '../lib/shared/guards.ts';
import type { PackState } from '../lib/shared/pack-state.ts';

const KEY = 'atlas-pack';
const EMPTY: PackState = { findings: [], cases: [], teaching: [], title: '', note: '' };

/** The last pack, as localStorage remembers it; anything unreadable is an empty pack. */
export function stored(): PackState {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!isRecord(v)) return EMPTY;
    return {
      findings: isStringArray(v['findings']) ? v['findings'] : [],
      cases: isStringArray(v['cases']) ? v['cases'] : [],
      teaching: isStringArray(v['teaching']) ? v['teaching'] : [],
      title: typeof v['title'] === 'string' ? v['title'] : '',
      note: typeof v['note'] === 'string' ? v['note'] : '',
    };
  } catch {
    return EMPTY;
  }
}
export function store(s: PackState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage disabled: the URL still carries the pack */
  }
  window.dispatchEvent(new Event('atlas-pack'));
}
