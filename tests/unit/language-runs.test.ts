import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/i18n/language-runs';
import { nonEmpty } from '../support/non-empty';

/**
 * Runs of another language found by their script, for `lang` on text that comes without it (search results).
 * Expected runs written out by hand: Han is Chinese (zh-Hans) on a Danish or English page; Latin on a
 * Chinese page could be Danish or English, so it is left unmarked.
 */
const cases = [
  {
    page: 'da',
    text: 'Ambassaden ligger på 北京市朝阳区三里屯东五街1号, tæt på Sanlitun.',
    runs: [{ text: 'Ambassaden ligger på ' }, { text: '北京市朝阳区三里屯东五街1号', lang: 'zh-Hans' }, { text: ', tæt på Sanlitun.' }],
  },
  {
    page: 'en',
    text: 'Groundwater (地下水) and district heating （区域供热）',
    runs: [{ text: 'Groundwater (' }, { text: '地下水', lang: 'zh-Hans' }, { text: ') and district heating ' }, { text: '（区域供热）', lang: 'zh-Hans' }],
  },
  { page: 'da', text: 'Grøn omstilling – 绿色转型', runs: [{ text: 'Grøn omstilling – ' }, { text: '绿色转型', lang: 'zh-Hans' }] },
  { page: 'da', text: '风电 og 海事', runs: [{ text: '风电', lang: 'zh-Hans' }, { text: ' og ' }, { text: '海事', lang: 'zh-Hans' }] },
  { page: 'zh', text: '丹麦外交部 Globale Vagtcenter 电话 +45 33 92 11 12', runs: [{ text: '丹麦外交部 Globale Vagtcenter 电话 +45 33 92 11 12' }] },
  { page: 'da', text: 'Ingen kinesiske tegn her.', runs: [{ text: 'Ingen kinesiske tegn her.' }] },
] as const;

describe('Language of parts from the script', () => {
  it.each(nonEmpty([...cases], 'texts'))('on a $page page: "$text"', ({ page, text, runs }) => {
    expect(languageRuns(text, page)).toEqual(runs);
  });

  it('keeps every character, in order', () => {
    for (const { page, text } of cases) expect(languageRuns(text, page).map((r) => r.text).join('')).toBe(text);
  });

  it('gives nothing for an empty text', () => {
    expect(languageRuns('', 'da')).toEqual([]);
  });
});
