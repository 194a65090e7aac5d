import { describe, expect, it } from 'vitest';
import { danishSpellings } from '../../src/components/search/danish-spellings';
import { parseExcerpt } from '../../src/components/search/excerpt';

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

describe('A Pagefind excerpt', () => {
  it('becomes runs of text, the matched words marked', () => {
    expect(parseExcerpt('om <mark>grundvand</mark> under')).toEqual([
      { text: 'om ', marked: false },
      { text: 'grundvand', marked: true },
      { text: ' under', marked: false },
    ]);
  });

  it('keeps any other markup in the page text as plain text, never as elements', () => {
    expect(parseExcerpt('<script>alert(1)</script> <mark>R&amp;D</mark>')).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: 'R&amp;D', marked: true },
    ]);
  });
});
