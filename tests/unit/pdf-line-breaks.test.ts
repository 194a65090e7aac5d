import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { embedChineseFont } from '../../src/lib/pdf/chinese-font';
import { breaksBetween, Typesetter, type Fonts, type TextStyle } from '../../src/lib/pdf/layout';

const style: TextStyle = { size: 10.5, leading: 15.5, color: rgb(0, 0, 0) };
const closing = '、。，：；！？）」』】';
const opening = '（「『【';

async function typesetter(): Promise<{ ts: Typesetter; fonts: Required<Fonts> }> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    boldItalic: await doc.embedFont(StandardFonts.HelveticaBoldOblique),
    chinese: { regular: await embedChineseFont(doc, 'regular'), bold: await embedChineseFont(doc, 'bold') },
  };
  return { ts: new Typesetter(doc, fonts, { left: 72, right: 72, top: 64, bottom: 76 }), fonts };
}

const textOf = (line: { pieces: { text: string }[] }) => line.pieces.map((p) => p.text).join('');

describe('Line breaking in the PDF', () => {
  test('Chinese text, written without spaces, breaks between its characters and every line fits the measure', async () => {
    const { ts } = await typesetter();
    const chinese = '丹麦与中国在能源领域的合作始于二零零五年，双方在风能、区域供热和能源效率方面开展了广泛的交流与合作。'.repeat(3);
    const text = `Samarbejdet: ${chinese}`;
    const lines = ts.wrap([{ text }], style, 200);
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.map(textOf).join('')).toBe(text);
    expect(textOf(lines[0]!)).toMatch(/^Samarbejdet: 丹麦/);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200);
    // Full lines: a break comes only where the next character would not fit.
    for (const line of lines.slice(0, -1)) expect(line.width).toBeGreaterThan(200 * 0.99 - 2 * style.size);
  });

  test('no line begins with closing punctuation or ends with opening punctuation, at any measure', async () => {
    const { ts } = await typesetter();
    const text = '合作始于二零零五年，双方在「风能」、区域供热（和能源效率）方面开展了广泛的交流：【合作】！'.repeat(2);
    for (let measure = 60; measure <= 300; measure += 3) {
      const lines = ts.wrap([{ text }], style, measure).map(textOf);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(closing, `${measure} pt: "${line}"`).not.toContain(line[0]);
        expect(opening, `${measure} pt: "${line}"`).not.toContain(line.at(-1));
      }
    }
  });

  test('Latin text breaks only at spaces; Han characters in it take the Chinese font, of the same weight', async () => {
    const { ts, fonts } = await typesetter();
    const [line] = ts.wrap([{ text: 'Grøn omstilling – 绿色转型' }], style, 400);
    expect(line!.pieces.map((p) => [p.text, p.font])).toEqual([
      ['Grøn omstilling – ', fonts.regular],
      ['绿色转型', fonts.chinese.regular],
    ]);
    const [bold] = ts.wrap([{ text: '北京 Beijing', bold: true }], style, 400);
    expect(bold!.pieces.map((p) => [p.text, p.font])).toEqual([
      ['北京', fonts.chinese.bold],
      [' Beijing', fonts.bold],
    ]);
    const sentence = 'Bæredygtig byudvikling og fjernvarme i Beijing';
    const latin = ts.wrap([{ text: sentence }], style, 120).map(textOf);
    expect(latin.length).toBeGreaterThan(1);
    expect(latin.join(' ')).toBe(sentence);
  });

  test.each([
    ['中', '国', true],
    ['a', 'b', false],
    ['1', '号', true],
    ['号', 'A', true],
    ['国', '。', false],
    ['国', '，', false],
    ['国', ',', false],
    ['「', '中', false],
    ['（', '中', false],
    ['', '中', false],
  ])('a line may break between "%s" and "%s": %s', (before, after, expected) => {
    expect(breaksBetween(before, after)).toBe(expected);
  });
});
