import type { Problem } from '../content-integrity.ts';
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
