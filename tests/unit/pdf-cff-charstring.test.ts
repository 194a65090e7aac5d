import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { charstring, type PathCommand } from '../../src/lib/pdf/cff-charstring';

/** Reads back the operators charstring() writes, as Technical Note #5177 defines them, to absolute points. */
function decode(bytes: Uint8Array): { width: number | null; commands: PathCommand[] } {
  const commands: PathCommand[] = [];
  let stack: number[] = [];
  let width: number | null = null;
  let x = 0;
  let y = 0;
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i++]!;
    if (b0 >= 32 && b0 <= 246) stack.push(b0 - 139);
    else if (b0 >= 247 && b0 <= 250) stack.push((b0 - 247) * 256 + bytes[i++]! + 108);
    else if (b0 >= 251 && b0 <= 254) stack.push(-(b0 - 251) * 256 - bytes[i++]! - 108);
    else if (b0 === 28) {
      stack.push(((bytes[i]! << 24) | (bytes[i + 1]! << 16)) >> 16);
      i += 2;
    } else if (b0 === 255) {
      stack.push(((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) / 65536);
      i += 4;
    } else if (b0 === 21) {
      if (stack.length === 3) width = stack.shift()!;
      x += stack[0]!;
      y += stack[1]!;
      commands.push({ command: 'moveTo', args: [x, y] });
      stack = [];
    } else if (b0 === 5) {
      for (let k = 0; k < stack.length; k += 2) {
        x += stack[k]!;
        y += stack[k + 1]!;
        commands.push({ command: 'lineTo', args: [x, y] });
      }
      stack = [];
    } else if (b0 === 8) {
      for (let k = 0; k < stack.length; k += 6) {
        const args: number[] = [];
        for (let p = 0; p < 6; p += 2) {
          x += stack[k + p]!;
          y += stack[k + p + 1]!;
          args.push(x, y);
        }
        commands.push({ command: 'bezierCurveTo', args });
      }
      stack = [];
    } else if (b0 === 14) {
      if (stack.length === 1) width = stack[0]!;
      expect(i, 'endchar ends the charstring').toBe(bytes.length);
      return { width, commands };
    } else {
      throw new Error(`unexpected operator ${b0}`);
    }
    expect(stack.length, 'the argument stack never holds more than 48 numbers').toBeLessThanOrEqual(48);
  }
  throw new Error('no endchar');
}

const font = create(readFileSync('node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf'));
const drawn = (commands: PathCommand[]) => commands.filter((c) => c.command !== 'closePath');

describe('CFF charstrings for the Chinese font', () => {
  test.each([...'北京市朝阳区三里屯东五街1号。绿色转型ā'])('the outline of "%s" is written and read back point for point', (ch) => {
    const outline = font.glyphForCodePoint(ch.codePointAt(0)!).path.commands;
    expect(drawn(outline).length).toBeGreaterThan(3);
    const back = decode(charstring(outline, 1000 - 107));
    expect(back.width).toBe(893);
    expect(back.commands).toEqual(drawn(outline));
  });

  test('numbers of every size, fractions and a glyph without outline survive the round trip', () => {
    const outline: PathCommand[] = [
      { command: 'moveTo', args: [0, 0] },
      { command: 'lineTo', args: [107, -107] },
      { command: 'lineTo', args: [215, -215] },
      { command: 'lineTo', args: [1346, -1346] },
      { command: 'lineTo', args: [20000, -20000] },
      { command: 'bezierCurveTo', args: [0.5, -0.25, 10000 / 3, 1, -20000, 12000] },
      { command: 'closePath', args: [] },
    ];
    const back = decode(charstring(outline, null));
    expect(back.width).toBeNull();
    expect(back.commands.slice(0, 5)).toEqual(drawn(outline).slice(0, 5));
    const curve = back.commands[5]!.args;
    const expected = drawn(outline)[5]!.args;
    curve.forEach((n, k) => expect(n).toBeCloseTo(expected[k]!, 4));
    expect(decode(charstring([], 500))).toEqual({ width: 500, commands: [] });
    // A step the charstring cannot hold is refused, never written wrong.
    expect(() => charstring([{ command: 'moveTo', args: [40000, 0] }], null)).toThrow(RangeError);
  });

  test('more lines than the argument stack holds are split over several operators', () => {
    const outline: PathCommand[] = [{ command: 'moveTo', args: [0, 0] }];
    for (let k = 1; k <= 100; k++) outline.push({ command: 'lineTo', args: [k, k % 2] });
    expect(decode(charstring(outline, null)).commands).toEqual(outline);
  });
});
