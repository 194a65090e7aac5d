import type { Problem } from '../../schemas/integrity.ts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { chineseCoverage } from '../pdf/chinese-font.ts';
import { markdownToBlocks, UnsupportedMarkdown } from '../pdf/markdown.ts';

/**
 * An area's text is also set in the PDF of the work programme, which the build makes: what the PDF
 * cannot show is refused here too, with the same explanation, so the check reports it before a build
 * fails on it. The body is padded to the file's lines, so the line is the file's.
 */
export function pdfTextProblems(body: string): Omit<Problem, 'file'>[] {
  try {
    markdownToBlocks(body);
    return [];
  } catch (error) {
    if (!(error instanceof UnsupportedMarkdown)) throw error;
    return [
      {
        line: error.line,
        message: `the PDF of the work programme cannot show this line: ${error.reason}`,
      },
    ];
  }
}

let printable: Promise<Set<number>> | undefined;

/** What the PDF's fonts can show: Helvetica's WinAnsi set and the Chinese font's characters. */
function printableCharacters(): Promise<Set<number>> {
  printable ??= (async () => {
    const doc = await PDFDocument.create();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    return new Set([...helvetica.getCharacterSet(), ...chineseCoverage()]);
  })();
  return printable;
}

/**
 * Characters the PDF's fonts cannot show (an emoji, Korean letters), by line. Settings lines that are
 * YAML comments never reach the PDF and are passed over.
 */
export async function pdfCharacterProblems(text: string): Promise<Omit<Problem, 'file'>[]> {
  const known = await printableCharacters();
  const problems: Omit<Problem, 'file'>[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const bad = [...new Set([...line.replace(/[\s\u00ad\ufeff]/g, '')].filter((ch) => !known.has(ch.codePointAt(0)!)))];
    if (bad.length === 0) return;
    const named = bad.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    problems.push({
      line: i + 1,
      message: `the PDF of the work programme cannot show ${named.join(', ')}: its fonts cover Danish, English and Chinese text (Latin letters, æ ø å, dashes, quotes, €, Chinese characters); write the text without ${bad.length === 1 ? 'it' : 'them'}`,
    });
  });
  return problems;
}
