/** A case's learning objectives and discussion questions as plain text, for reading packs (teaching.json). Pure. */
import { TEACHING_SECTIONS } from '../content/sections.ts';
import type { RenderedNarrative } from '../content/narrative.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The teaching note's objectives and questions (its first two sections), each item's text. */
export function teachingData(
  items: RenderedNarrative['items'],
  lang: Lang,
): { sections: { title: string; items: string[] }[] } {
  const [objectives = '', questions = ''] = TEACHING_SECTIONS[lang];
  return {
    sections: [objectives, questions].flatMap((title) => {
      const texts = items.filter((i) => i.section === title).map((i) => i.text);
      return texts.length > 0 ? [{ title, items: texts }] : [];
    }),
  };
}
