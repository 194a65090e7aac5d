import type { Locale } from '../i18n/locales.ts';
import { sectors, statuses } from '../schemas/vocabulary.ts';

/** The template's examples in each language; a language without them is a type error here. */
const words: Record<Locale, { language: string; title: string; slug: string; slugHint: string; keyword: string; text: string }> = {
  da: {
    language: 'Danish',
    title: 'Vedvarende energi',
    slug: 'vedvarende-energi',
    slugHint: 'in Danish, æ ø å written as ae oe aa',
    keyword: 'energi',
    text: 'Skriv teksten om området her, på dansk.',
  },
  en: {
    language: 'English',
    title: 'Renewable energy',
    slug: 'renewable-energy',
    slugHint: 'in English',
    keyword: 'energy',
    text: 'Write the text about the area here, in English.',
  },
  zh: {
    language: 'Simplified Chinese',
    title: '可再生能源',
    slug: 'kezaisheng-nengyuan',
    slugHint: 'in Hanyu Pinyin without tone marks, a hyphen between words',
    keyword: '可再生能源',
    text: '请在此处用简体中文撰写该领域的正文。',
  },
};

/**
 * The text of a new area's file in `lang`: required settings as "TODO" placeholders (refused until filled in),
 * `order` and `updated` (`today`, "YYYY-MM-DD") set, and the optional settings commented out, each a valid
 * example once its "#" is removed. (The area's `team` is left out: it needs a team in content/contact first.)
 */
export function areaTemplate(lang: Locale, order: number, today: string): string {
  const w = words[lang];
  return `---
# A new cooperation area, in ${w.language}. Replace every "TODO" and keep the quotes.
# Every field is explained in content/README.md. Check with: npm run check:content
title: "TODO: the area's name in ${w.language}, e.g. ${w.title}"
slug: "TODO: the last part of the page address ${w.slugHint}, e.g. ${w.slug}"
summary: "TODO: one sentence about the area, at most 160 characters"
sector: "TODO: one of ${sectors.join(', ')}"
keywords:
  - "TODO: a word people may search for, e.g. ${w.keyword}"
order: ${order}
updated: "${today}"
sources:
  - "TODO: where the facts come from, one source a line, e.g. a page and its date"
# Optional: remove the # in front of the ones you know and change the example value
# (the same in every language; each is explained in content/README.md).
# partners:
#   - Energistyrelsen
# period: { start: 2017, end: 2020 }
# The status is one of ${statuses.join(', ')}:
# status: concluded
# Other areas, by file name:
# related: [renewable-energy]
# Settings whose value no source confirms yet:
# unconfirmed: [partners]
---

TODO: ${w.text}
`;
}

