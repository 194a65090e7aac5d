import { describe, expect, it } from 'vitest';
import { danishSpellings } from '../../src/components/search/danish-spellings';
import { excerpt } from '../../src/components/search/excerpt';
import { foldAccents, queryWords } from '../../src/components/search/index-reader/query-words';

describe('Danish spellings of a query', () => {
  it('keeps a query without ae, oe or aa as it is, in lower case', () => {
    expect(danishSpellings('Grundvand')).toEqual(['grundvand']);
  });

  it('reads ae as æ, oe as ø and aa as å, the typed spelling first', () => {
    expect(danishSpellings('baeredygtig')).toEqual(['baeredygtig', 'bæredygtig']);
    expect(danishSpellings('groen')).toEqual(['groen', 'grøn']);
    expect(danishSpellings('aabne')).toEqual(['aabne', 'åbne']);
  });

  it('tries every combination when a query holds more than one pair, at most eight spellings', () => {
    expect(danishSpellings('groen baeredygtig')).toEqual([
      'groen baeredygtig',
      'groen bæredygtig',
      'grøn baeredygtig',
      'grøn bæredygtig',
    ]);
    expect(danishSpellings('aa ae oe').length).toBe(8);
  });
});

describe('An excerpt', () => {
  const text = 'Et to tre fire fem seks syv otte ni ti elleve tolv';
  const at = (...positions: number[]) => positions.map((position) => ({ position, weight: 24 }));

  it('is the window of words where the matches stand densest, the matches marked, cuts shown with …', () => {
    expect(excerpt(text, at(6, 8), 4)).toEqual([
      { text: '… ', marked: false },
      { text: 'syv', marked: true },
      { text: ' otte ', marked: false },
      { text: 'ni', marked: true },
      { text: ' ti …', marked: false },
    ]);
  });

  it('starts at the beginning when the matches are there, and shows a short text whole', () => {
    expect(excerpt(text, at(0), 3)).toEqual([
      { text: 'Et', marked: true },
      { text: ' to tre …', marked: false },
    ]);
    expect(excerpt('kort tekst', at(1), 24)).toEqual([
      { text: 'kort ', marked: false },
      { text: 'tekst', marked: true },
    ]);
  });

  it('prefers a heading (heavier) to a single word of body text', () => {
    const heading = [{ position: 10, weight: 240 }, ...at(1)];
    expect(excerpt(text, heading, 2).find((p) => p.marked)?.text).toBe('elleve');
  });

  it('keeps markup in the page text as plain text, never as elements', () => {
    expect(excerpt('<script>alert(1)</script> R&amp;D', at(1), 24)).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: 'R&amp;D', marked: true },
    ]);
  });
});

describe('The words of a query', () => {
  it('are lower case, without punctuation, as Pagefind indexed the pages’ words', () => {
    expect(queryWords('  Grøn  SKIBSFART, "2017-2020" CO₂. ')).toEqual(['grøn', 'skibsfart', '20172020', 'co₂']);
  });

  it('drop words with no letter or digit, such as emoji and lone symbols', () => {
    expect(queryWords('🌱💧 grøn & vand')).toEqual(['grøn', 'vand']);
    expect(queryWords('.*+?^${}()|[]\\')).toEqual([]);
  });

  it('fold accents Unicode decomposes, but keep æ and ø', () => {
    expect(['råstoffer', 'café', 'bæredygtig', 'grøn'].map(foldAccents)).toEqual(['rastoffer', 'cafe', 'bæredygtig', 'grøn']);
  });
});
