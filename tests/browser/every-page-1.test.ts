import { everyPageSuite } from '../support/every-page';

/**
 * Every page in Chromium: CSP and console, China mode and privacy, search placeholders, language of parts, axe,
 * keyboard, reflow, text size and motion (tests/support/every-page.ts). The pages are shared out over two files,
 * so that Vitest's two workers each take half; this is part 1.
 */
everyPageSuite(1, 2);
