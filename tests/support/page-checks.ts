import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Checks that run inside a page (passed to page.evaluate): each returns what it found wrong, as sentences that
 * name the element, or an empty list.
 */

/** The Chinese names the content marks up as Chinese (<span lang="zh">…</span>), read from content/. */
export function markedChineseNames(dir = resolve('content')): string[] {
  const names = new Set<string>();
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) markedChineseNames(full).forEach((n) => names.add(n));
    else if (/\.mdx?$/.test(name)) {
      for (const [, text] of readFileSync(full, 'utf8').matchAll(/<span lang="zh(?:-[\w-]+)?">([^<]+)<\/span>/g)) names.add(text!.trim());
    }
  }
  return [...names];
}
/**
 * Text a screen reader would read in the wrong voice: Chinese characters, or a known Chinese name, in a text
 * node whose nearest lang attribute is not Chinese. Attribute text (title, alt, aria-label) is checked too.
 */
export function wrongLanguage(knownNames: string[]): string[] {
  const found: string[] = [];
  const han = /\p{Script=Han}+/u;
  const isChinese = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh');
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const text = node.textContent ?? '';
    if (han.test(text) && !isChinese(parent)) found.push(`"${text.match(han)![0]}" in <${parent.tagName.toLowerCase()}> without lang="zh"`);
    for (const name of knownNames) {
      if (text.includes(name) && !isChinese(parent)) found.push(`"${name}" in <${parent.tagName.toLowerCase()}> without lang="zh"`);
    }
  }
  for (const el of document.querySelectorAll('[title], [alt], [aria-label], [placeholder]')) {
    for (const attr of ['title', 'alt', 'aria-label', 'placeholder']) {
      const value = el.getAttribute(attr) ?? '';
      if (han.test(value) && !isChinese(el)) found.push(`${attr}="${value}" without lang="zh"`);
    }
  }
  return found;
}

/** Whatever moves on the page: running animations, smooth scrolling, transitions and animations in the CSS. */
export function moving(): string[] {
  const found: string[] = [];
  if (document.getAnimations().length > 0) found.push(`${document.getAnimations().length} running animations`);
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
  const allZero = (list: string) => list.split(',').every((d) => parseFloat(d) === 0);
  for (const el of document.querySelectorAll('*')) {
    for (const state of [null, '::before', '::after'] as const) {
      const style = getComputedStyle(el, state);
      if (!allZero(style.transitionDuration)) found.push(`${el.tagName.toLowerCase()}${state ?? ''} transitions`);
      if (style.animationName !== 'none' && !allZero(style.animationDuration)) found.push(`${el.tagName.toLowerCase()}${state ?? ''} animates`);
    }
  }
  return found;
}

/**
 * Everything on the page that cannot be read in place: a page wider than the window, text sticking out past
 * the window's edges, and boxes that hide the text they hold (overflow hidden or clip, or an ellipsis).
 * Content made visually hidden on purpose for screen readers is left aside.
 */
export function unreadable(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
  }
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (ownText) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 || box.left < -1) problems.push(`${name(el)} reaches past the window (${Math.round(box.left)}–${Math.round(box.right)}px)`);
    }
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
      problems.push(`${name(el)} cuts off its content`);
    }
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} truncates its text`);
  }
  return problems;
}

/** An element that got focus, as watchFocus() logs it. */
export interface Focused {
  /** Position among the page's keyboard-reachable elements in document order; -1 for anything else. */
  index: number;
  total: number;
  what: string;
  ring: boolean;
  inView: boolean;
  skipLink: boolean;
  href: string | null;
  /** Distance from the top of the window, CSS px. */
  top: number;
  inMain: boolean;
  inMainOrFooter: boolean;
}

/**
 * Lists the page's keyboard-reachable elements in document order (kept as window.__tabbables), and from then on
 * logs every element that gets focus: its place in that list, and whether a sighted keyboard user can see where
 * focus is.
 */
export const watchFocus = () => {
  const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]');
  const list = [...all].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLInputElement).disabled &&
      !el.closest('[inert]') &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  const log: Focused[] = [];
  (window as unknown as { __focusLog: Focused[] }).__focusLog = log;
  (window as unknown as { __tabbables: HTMLElement[] }).__tabbables = list;
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
    const box = el.getBoundingClientRect();
    log.push({
      index: list.indexOf(el),
      total: list.length,
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      ring: outline || style.boxShadow !== 'none',
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      skipLink: el.classList.contains('skip-link'),
      href: el.getAttribute('href'),
      top: box.top,
      inMain: Boolean(el.closest('main')),
      inMainOrFooter: Boolean(el.closest('main, footer')),
    });
  });
  return list.length;
};


/**
 * Search boxes whose placeholder is wider than the room for text inside them (the box less its padding).
 * Measured in the box itself, with the placeholder put in as its value for a moment: Chromium leaves the
 * placeholder out of scrollWidth, and text measured anywhere else (a canvas, a span in the same font) came out
 * narrower than the box draws it. A machine without a CJK font draws Han characters narrower than any CJK font
 * does, so each East Asian wide character (Unicode UAX #11: Han, CJK punctuation, fullwidth forms) is also
 * measured as an em space. Returns the number of boxes measured with the problems, so that a page without a box
 * is told apart.
 */
export function clippedPlaceholders(): { boxes: number; problems: string[] } {
  const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
  const problems: string[] = [];
  const boxes = document.querySelectorAll<HTMLInputElement>('input[type="search"][placeholder]');
  for (const input of boxes) {
    const typed = input.value;
    const text = input.placeholder;
    const widthOf = (value: string) => {
      input.value = value;
      return input.scrollWidth;
    };
    const needed = Math.max(widthOf(text), widthOf(text.replace(wide, '\u2003')));
    input.value = typed;
    if (needed > input.clientWidth) {
      const style = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      problems.push(`#${input.id}: "${text}" needs ${Math.ceil(needed - input.clientWidth + room)}px in ${Math.floor(room)}px`);
    }
  }
  return { boxes: boxes.length, problems };
}

/** The page's style sheets and how many rules each applies (-1 when it cannot be read): laid out as designed, not in browser defaults. */
export function styleSheetsApplied(): { href: string | null; rules: number }[] {
  return [...document.styleSheets].map((sheet) => {
    try {
      return { href: sheet.href, rules: sheet.cssRules.length };
    } catch {
      return { href: sheet.href, rules: -1 };
    }
  });
}

/**
 * Whether the page's first level-1 heading (an h1, or an element with role="heading" and aria-level="1") is
 * shown: "visible", or what keeps it from showing.
 */
export function firstHeadingShown(): string {
  const heading = document.querySelector('h1, [role="heading"][aria-level="1"]');
  if (!heading) return 'no level-1 heading';
  if (!heading.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'the level-1 heading is hidden';
  const box = heading.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? 'visible' : 'the level-1 heading has no size';
}
