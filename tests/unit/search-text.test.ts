import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/components/search/excerpt';
import { localeSearch } from '../../src/components/search/locale-search';
import { maxSpellings, querySpellings, searchableText } from '../../src/components/search/query-spellings';
import { shortenLastWord } from '../../src/components/search/search-engine';
import { compoundParts, vocabularyOf, wordsOf } from '../../src/integrations/compound-parts';
import { locales } from '../../src/i18n/locales';

const danish = localeSearch.da.spellings;

describe('Spellings of a Danish query typed without æ, ø and å', () => {
  it('keeps a query with nothing to substitute as it is, in lower case', () => {
    expect(querySpellings('Energi', danish)).toEqual(['energi']);
  });

  it('reads ae, oe and aa as æ, ø and å, and a bare o or a as ø or æ, the typed spelling first', () => {
    expect(querySpellings('groen', danish)).toEqual(['groen', 'grøn', 'grøen']);
    expect(querySpellings('gron', danish)).toEqual(['gron', 'grøn']);
    expect(querySpellings('baeredygtig', danish)).toContain('bæredygtig');
    expect(querySpellings('baredygtig', danish)).toContain('bæredygtig');
    expect(querySpellings('aabne', danish)).toContain('åbne');
  });

  it(`stays at ${maxSpellings} spellings however many letters could stand for others`, () => {
    const many = querySpellings('samarbejde om grøn omstilling og vand', danish);
    expect(many.length).toBe(maxSpellings);
    expect(many[0]).toBe('samarbejde om grøn omstilling og vand');
  });

  it('is the query alone in a language without substitutions (English, and Chinese next)', () => {
    expect(querySpellings('groen water', localeSearch.en.spellings)).toEqual(['groen water']);
  });

  it.each(locales)('has a search configuration for %s', (lang) => {
    expect(localeSearch[lang]).toBeDefined();
  });
});

describe('The searchable text of a query', () => {
  it('drops symbols the indexer drops, so a copied phone number finds the page', () => {
    expect(searchableText('+45 33 92 11 12')).toBe('45 33 92 11 12');
    expect(searchableText('(+45) 33-92-11-12')).toBe('45 33 92 11 12');
    expect(searchableText('  "grøn  skibsfart" ')).toBe('grøn skibsfart');
  });

  it('splits where the indexer splits (. , / : - _) and is empty when nothing searchable is left', () => {
    expect(searchableText('2017/2020 co2.vand')).toBe('2017 2020 co2 vand');
    expect(searchableText('.*+?^${}()|[]\\')).toBe('');
  });
});

describe('A beginning of a word', () => {
  it('is also searched cut by up to three letters, to no fewer than five, so a longer stem is still reached', () => {
    expect(shortenLastWord('environm')).toBe('envir');
    expect(shortenLastWord('grøn grundvande')).toBe('grøn grundva');
    expect(shortenLastWord('drives')).toBe('drive');
  });

  it('is left alone when five letters or fewer', () => {
    expect(shortenLastWord('Dansk')).toBe('');
    expect(shortenLastWord('')).toBe('');
  });
});

describe('An excerpt from Pagefind', () => {
  it('becomes text runs, Pagefind’s <mark> marking the matched words', () => {
    expect(excerptParts('Et <mark>grønt</mark> arbejdsprogram')).toEqual([
      { text: 'Et ', marked: false },
      { text: 'grønt', marked: true },
      { text: ' arbejdsprogram', marked: false },
    ]);
  });

  it('shows escaped markup from a page as characters, never as elements', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D &#39;x&#x27; <mark>&lt;b&gt;</mark>')).toEqual([
      { text: "<script>alert(1)</script> R&D 'x' ", marked: false },
      { text: '<b>', marked: true },
    ]);
  });
});

describe('Parts of compounds', () => {
  const endings = localeSearch.da.compounds ? localeSearch.da.compounds.endings : [];
  const vocabulary = vocabularyOf(wordsOf('Varmen og vand. Et partnerskab om fjernvarme og grundvandspartnerskab i byen.'), endings);

  it('are the last parts of a page’s compounds that the site uses as words of their own, inflected or not', () => {
    expect(compoundParts(['fjernvarme', 'grundvandspartnerskab', 'byen'], vocabulary)).toEqual(['varme', 'partnerskab']);
  });

  it('are never made up: an ending the site does not use, or a part under four letters, is no part', () => {
    expect(compoundParts(['havvind', 'ombyen'], vocabulary)).toEqual([]);
  });
});

/**
 * Danish words of the kind the site's pages use, each with the part a reader of Danish would search it by, or
 * null where its ending only looks like a word: the inflection belongs to the whole word ("folkerepublik-ken"),
 * or the beginning is a prefix or a little word, not a first part ("sam-arbejde", "her-under"). Every word of
 * both kinds stands on its own in the vocabulary below, so only the rule tells them apart.
 */
describe('Parts of compounds, against Danish', () => {
  const endings = localeSearch.da.compounds ? localeSearch.da.compounds.endings : [];
  const vocabulary = vocabularyOf(
    wordsOf(
      'Varmen og grundvand. Et partnerskab, et program og programmet. Arbejde og arbejdet. Stat og minister. ' +
        'En erklæring om teknologi, problemer og tilgængelighed. Det er ikke en ring, men en ramme og en form, mere ' +
        'end målet. Her, under, des, uden. Republik og folk. Vand og samarbejde. Miljø.',
    ),
    endings,
  );
  const cases: { word: string; part: string | null; why: string }[] = [
    { word: 'fjernvarme', part: 'varme', why: 'fjern + varme' },
    { word: 'grundvandspartnerskab', part: 'partnerskab', why: 'grundvand + s + partnerskab' },
    { word: 'arbejdsprogrammer', part: 'programmer', why: 'arbejde + s + programmer: the plural of a word of the site after a first part' },
    { word: 'statsminister', part: 'minister', why: 'stat + s + minister' },
    { word: 'hensigtserklæring', part: 'erklæring', why: 'hensigt + s + erklæring' },
    { word: 'vandsamarbejde', part: 'samarbejde', why: 'vand + samarbejde' },
    { word: 'tilgængelighedsproblemer', part: 'problemer', why: 'tilgængelighed + s + problemer' },
    { word: 'miljøteknologi', part: 'teknologi', why: 'miljø + teknologi' },
    { word: 'folkerepublikken', part: null, why: 'folkerepublik + ken, not ikke + n' },
    { word: 'programmet', part: null, why: 'program + met, not ramme + t' },
    { word: 'erfaringer', part: null, why: 'erfaring + er, not ring + er' },
    { word: 'platformen', part: null, why: 'platform + en; "plat" is no first part of it' },
    { word: 'miljøministeren', part: 'ministeren', why: 'miljø + ministeren: the definite form of a word of the site after a first part' },
    { word: 'samarbejde', part: null, why: 'sam- is a prefix' },
    { word: 'formålet', part: null, why: 'for- is a prefix' },
    { word: 'herunder', part: null, why: 'an adverb of her + under, no compound to search by "under"' },
    { word: 'desuden', part: null, why: 'desuden is one word, not des + uden' },
  ];

  it('has examples of both kinds', () => {
    expect(cases.filter((c) => c.part).length).toBeGreaterThan(0);
    expect(cases.filter((c) => !c.part).length).toBeGreaterThan(0);
  });

  it.each(cases)('$word: $part ($why)', ({ word, part }) => {
    expect(compoundParts([word], vocabulary, endings)).toEqual(part ? [part] : []);
  });
});
