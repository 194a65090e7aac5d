import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/lib/content-check/frontmatter.ts';
import { schemaProblems } from '../../src/lib/content-check/schema-problems.ts';
import { collectionNames, collectionSchemasIn, type CollectionName } from '../../src/schemas/collections.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';

/**
 * The editors' messages speak the file's language in their examples, and never a developer's words. Each case
 * is a real file of content/ with one setting taken away or emptied, checked as the content check does.
 */
const root = join(import.meta.dirname, '../..');
const firstFile = (collection: CollectionName, lang: Locale) => {
  const dir = join(root, 'content', collection, lang);
  const name = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()[0]!;
  return splitFile(readFileSync(join(dir, name), 'utf8'), lang);
};
/** The messages for `data` in `lang`, by field. */
const messages = (collection: CollectionName, lang: Locale, data: Record<string, unknown>) =>
  new Map(schemaProblems(collectionSchemasIn[lang][collection], data, () => undefined).map((p) => [p.field, p.message]));
const without = (data: unknown, field: string) => Object.fromEntries(Object.entries(data as object).filter(([k]) => k !== field));

/** Settings whose values are the same in every language (ids, numbers, dates, addresses of mail and phone, lists of items led by an id). */
const neutral = new Set(['order', 'updated', 'phone', 'email', 'mainProgramme', 'programmes', 'milestones', 'sector', 'team', 'related', 'status', 'period']);

const cases = collectionNames.flatMap((collection) =>
  Object.keys(firstFile(collection, 'da').data as object).map((field) => ({ collection, field })),
);

describe('a setting taken away', () => {
  test('covers every setting of a file of every collection', () => {
    expect(new Set(cases.map((c) => c.collection))).toEqual(new Set(collectionNames));
    expect(cases.length).toBeGreaterThan(25);
  });

  test.each(cases)('$collection: $field is explained with an example in the file\'s own language', ({ collection, field }) => {
    const said = Object.fromEntries(
      locales.map((lang) => [lang, messages(collection, lang, without(firstFile(collection, lang).data, field)).get(field)]),
    ) as Record<Locale, string | undefined>;
    // Optional settings may be left out: then no language has a message.
    if (said.da === undefined) return expect(said).toEqual({ da: undefined, en: undefined, zh: undefined });
    const example = (lang: Locale) => said[lang]!.split(', e.g. ')[1];
    if (neutral.has(field) || example('da') === undefined) return expect(new Set(Object.values(said)).size).toBe(1);
    expect(example('en')).not.toBe(example('da'));
    expect(example('en')).not.toMatch(/[æøåÆØÅ]/);
    expect(example('zh')).not.toBe(example('da'));
    // A slug is Latin letters in every language: Chinese pages use Hanyu Pinyin.
    expect(example('zh')).toMatch(field === 'slug' ? /^"[a-z-]+"$/ : /\p{Script=Han}/u);
  });

  const nested: [CollectionName, string, number | undefined, string][] = [
    ['contact', 'address', undefined, 'country'],
    ['partnership', 'programmes', 0, 'name'],
    ['partnership', 'milestones', 0, 'title'],
  ];
  test.each(nested)('%s: a setting inside %s is explained in the file\'s own language too', (collection, group, index, field) => {
    const said = locales.map((lang) => {
      const data = structuredClone(firstFile(collection, lang).data) as Record<string, unknown>;
      const holder = (index === undefined ? data[group] : (data[group] as unknown[])[index]) as Record<string, unknown>;
      delete holder[field];
      const path = `${group}${index === undefined ? '' : `[${index}]`}.${field}`;
      return messages(collection, lang, data).get(path)?.split(', e.g. ')[1];
    });
    expect(said.every((m) => m !== undefined)).toBe(true);
    expect(new Set(said).size).toBe(locales.length);
    expect(said[locales.indexOf('zh')]).toMatch(/\p{Script=Han}/u);
  });
});

describe('a setting written with nothing after its colon (YAML reads null)', () => {
  test.each(cases)('$collection: $field is said to be empty, in plain words', ({ collection, field }) => {
    const data = { ...(firstFile(collection, 'en').data as object), [field]: null };
    const message = messages(collection, 'en', data).get(field);
    // "unconfirmed" and other optional lists may be written empty; anything refused says so plainly.
    if (message === undefined) return;
    expect(message).toMatch(/^is empty: /);
    expect(message).not.toMatch(/null|undefined|\b(?:string|object|array|int|nan)\b/i);
  });
});
