/**
 * Writes a glyph outline as a CFF Type 2 charstring (Adobe Technical Note #5177) that calls no subroutines.
 * Noto Sans Hans shares outline parts between its 30 000 glyphs in subroutines; a subset that keeps their
 * index, even emptied, costs some 40 KB per face, while a dozen glyphs written out whole cost a few.
 * Hints are left out: they only help rasterising at very small sizes on screen.
 */

export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

const op = { rlineto: 5, rrcurveto: 8, endchar: 14, rmoveto: 21 } as const;
/** The Type 2 argument stack holds 48 numbers. */
const maxArgs = 48;

/**
 * @param commands the outline in font units, absolute coordinates, as fontkit gives it
 * @param width the advance width to write, relative to the font's nominal width, or null for its default width
 */
export function charstring(commands: readonly PathCommand[], width: number | null): Uint8Array {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  let first = true;
  // Consecutive lines, or curves, share one operator, as many as the stack holds.
  let pending: { op: number; args: number[] } | null = null;
  const flush = () => {
    if (pending) {
      for (const n of pending.args) number(out, n);
      out.push(pending.op);
    }
    pending = null;
  };
  const add = (operator: number, args: number[]) => {
    if (pending && pending.op === operator && pending.args.length + args.length <= maxArgs) {
      pending.args.push(...args);
      return;
    }
    flush();
    pending = { op: operator, args };
  };
  const to = (px: number, py: number) => {
    const d = [px - x, py - y];
    x = px;
    y = py;
    return d;
  };
  for (const { command, args } of commands) {
    switch (command) {
      case 'moveTo': {
        flush();
        // The width, when given, is the first number of the first operator that clears the stack.
        const d = to(args[0]!, args[1]!);
        const lead = first && width !== null ? [width] : [];
        first = false;
        for (const n of [...lead, ...d]) number(out, n);
        out.push(op.rmoveto);
        break;
      }
      case 'lineTo':
        add(op.rlineto, to(args[0]!, args[1]!));
        break;
      case 'bezierCurveTo':
        add(op.rrcurveto, [...to(args[0]!, args[1]!), ...to(args[2]!, args[3]!), ...to(args[4]!, args[5]!)]);
        break;
      case 'quadraticCurveTo': {
        // The cubic that draws the same quadratic curve.
        const [qx, qy, ex, ey] = args as [number, number, number, number];
        const sx = x;
        const sy = y;
        add(op.rrcurveto, [
          ...to(sx + (2 / 3) * (qx - sx), sy + (2 / 3) * (qy - sy)),
          ...to(ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)),
          ...to(ex, ey),
        ]);
        break;
      }
      case 'closePath':
        // Type 2 closes every contour at the next moveto or at endchar.
        break;
    }
  }
  flush();
  if (first && width !== null) number(out, width);
  out.push(op.endchar);
  return new Uint8Array(out);
}

/** A charstring number: integers in the short forms, anything else as 16.16 fixed point. */
function number(out: number[], value: number): void {
  const v = Math.round(value * 65536) / 65536;
  if (Number.isInteger(v) && v >= -107 && v <= 107) out.push(v + 139);
  else if (Number.isInteger(v) && v >= 108 && v <= 1131) out.push(((v - 108) >> 8) + 247, (v - 108) & 0xff);
  else if (Number.isInteger(v) && v >= -1131 && v <= -108) out.push(((-v - 108) >> 8) + 251, (-v - 108) & 0xff);
  else if (Number.isInteger(v) && v >= -32768 && v <= 32767) out.push(28, (v >> 8) & 0xff, v & 0xff);
  else {
    if (v < -32768 || v >= 32768) throw new RangeError(`${value} is too large for a CFF charstring`);
    const fixed = Math.round(v * 65536) | 0;
    out.push(255, (fixed >>> 24) & 0xff, (fixed >>> 16) & 0xff, (fixed >>> 8) & 0xff, fixed & 0xff);
  }
}
