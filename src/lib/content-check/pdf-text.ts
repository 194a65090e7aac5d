import type { Problem } from '../../schemas/integrity.ts';
import { markdownBlocks, UnshowableMarkdown } from '../pdf/blocks.ts';
import { codePointName, unprintable } from '../pdf/fonts.ts';

/**
 * An area's text is also set in the PDF of the work programme, from the same syntax tree as the page
 * (src/lib/pdf/blocks.ts): what the PDF cannot show (MDX code, components other than <span lang>) is
 * refused here too, with the same explanation, so the check reports it before a build fails on it. The
 * body is padded to the file's lines, so the line is the file's.
 */
export function pdfTextProblems(body: string): Omit<Problem, 'file'>[] {
  try {
    markdownBlocks(body);
    return [];
  } catch (error) {
    if (!(error instanceof UnshowableMarkdown)) throw error;
    return [{ ...(error.line !== undefined && { line: error.line }), message: `the PDF of the work programme cannot show this line: ${error.reason}` }];
  }
}

/**
 * Characters no font of the PDF has (an emoji, Korean letters), by line: its fonts, Open Sans and Noto Sans
 * SC, cover Latin, Greek and Cyrillic letters and Chinese. Settings lines that are YAML comments never
 * reach the PDF and are passed over.
 */
export async function pdfCharacterProblems(text: string): Promise<Omit<Problem, 'file'>[]> {
  const problems: Omit<Problem, 'file'>[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const bad = unprintable(line);
    if (bad.length === 0) return;
    const named = bad.map((ch) => `"${ch}" (${codePointName(ch)})`);
    const message = `the PDF of the work programme cannot show ${named.join(', ')}: its fonts cover Latin, Greek and Cyrillic letters and Chinese; write the text without ${bad.length === 1 ? 'it' : 'them'}`;
    problems.push({ line: i + 1, message });
  });
  return problems;
}
