import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { areaSchema } from '../../src/schemas/areas.ts';
import { areaTemplate } from '../../src/tools/area-template.ts';

/** The frontmatter of a template with its placeholders filled in, as an editor would. */
function filled(text: string): string {
  return text
    .split('---')[1]!
    .replace(/^title: .*$/m, 'title: Havvind')
    .replace(/^slug: .*$/m, 'slug: havvind')
    .replace(/^summary: .*$/m, 'summary: A sentence for the test.')
    .replace(/^sector: .*$/m, 'sector: energy')
    .replace(/^ {2}- "TODO: a word.*$/m, '  - havvind')
    .replace(/^ {2}- "TODO: where.*$/m, '  - A source for the test');
}

/** The lines of the commented optional settings: "# key: …" and their "#   - item" lines. */
const settingLine = /^# ([a-z]+:.*|\s+- .*)$/;

describe('npm run new:area template', () => {
  test.for(locales)('%s: every optional setting is valid once its # is removed', (lang) => {
    const frontmatter = filled(areaTemplate(lang, 7, '2026-11-29'));
    const settings = frontmatter.split('\n').filter((line) => settingLine.test(line));
    expect(settings.map((line) => line.match(/^# ([a-z]+):/)?.[1]).filter(Boolean)).toEqual([
      'partners',
      'period',
      'status',
      'related',
      'unconfirmed',
    ]);
    expect(areaSchema.safeParse(parse(frontmatter)).success, 'the template with the placeholders filled in').toBe(true);
    const uncommented = frontmatter.replace(/^# (?=[a-z]+:|\s+- )/gm, '');
    const result = areaSchema.safeParse(parse(uncommented));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({ status: 'concluded', unconfirmed: ['partners'], related: ['renewable-energy'] });
  });

  test('the Chinese slug hint asks for Hanyu Pinyin', () => {
    expect(areaTemplate('zh', 1, '2026-11-29')).toMatch(/^slug: "TODO: .*Hanyu Pinyin.*kezaisheng-nengyuan"$/m);
  });
});
