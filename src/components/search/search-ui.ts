// Bundled with this script rather than imported on demand: it is 1.3 KB, and a separate chunk fetched on focus
// would be one more round trip in front of Pagefind's client on every first search. Pagefind itself (its
// client, WebAssembly and index) still loads only when asked for.
import { openSearch, type AllFound, type Hit, type SiteSearch } from './search-engine';
import { languageRuns } from '../../i18n/language-runs';
import { localeOfTag } from '../../i18n/locales';

/** Short enough to feel instant, long enough to skip the keystrokes of a fast typist. */
const debounceMs = 60;
/**
 * The live region speaks once, when typing pauses this long (ms): results follow every keystroke, but a
 * screen reader reading out each count while someone types "grundvandet" is noise (WCAG 4.1.3). A visitor who
 * submits (Enter or the button) has finished typing: that search speaks as soon as its results are shown.
 */
const pauseMs = 400;
/** Results shown at once; "show more" fetches the next ones. */
const pageSize = 10;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page is missing ${selector}`);
  return found;
}

/** Fills {name} placeholders in one pass, so a query that contains "{count}" stays as typed. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

let opening: Promise<SiteSearch> | undefined;

/**
 * Loads Pagefind's client and the language's index metadata once, on demand: the page fetches nothing of
 * either until the box gets focus or a query arrives in the URL. A failed load is forgotten, so the next
 * search tries again.
 */
function openSiteSearch(lang: string, ellipsis: string): Promise<SiteSearch> {
  if (!opening) {
    opening = openSearch(lang, ellipsis);
    opening.catch(() => (opening = undefined));
  }
  return opening;
}

/** Turns the static GET form of the search page into a search that shows results as you type. */
export function startSearch(root: HTMLElement): void {
  const lang = document.documentElement.lang;
  const text = root.dataset as Record<string, string>;
  const ellipsis = text['ellipsis'] ?? '…';
  const locale = localeOfTag(lang);
  const input = required<HTMLInputElement>(document, '#page-search-q');
  const form = input.form!;
  const select = required<HTMLSelectElement>(root, '[data-search-sector]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const help = required<HTMLElement>(root, '[data-search-help]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const moreButton = required<HTMLButtonElement>(root, '[data-search-more]');
  const sectorLabel = required<HTMLElement>(root, '[data-search-filter] label').textContent ?? '';
  required<HTMLElement>(root, '[data-search-filter]').hidden = false;
  required<HTMLElement>(root, '[data-search-no-script]').hidden = true;

  const maxLength = input.maxLength > 0 ? input.maxLength : 200;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let ready = false;
  let current: AllFound | undefined;
  let lastInput = -Infinity;
  let announcing: ReturnType<typeof setTimeout> | undefined;

  /**
   * Puts `message` in the live region once typing has paused, and only if it says something new and the box
   * still holds the query it is about (a keystroke may be waiting behind a busy main thread).
   */
  function announce(message: string): void {
    clearTimeout(announcing);
    const about = currentQuery();
    const say = () => {
      if (currentQuery() === about && status.textContent !== message) status.textContent = message;
    };
    const wait = lastInput + pauseMs - performance.now();
    if (wait <= 0) say();
    else announcing = setTimeout(say, wait);
  }

  /** The query as searched: trimmed, spaces collapsed, no longer than the box allows. */
  const currentQuery = () => input.value.replace(/\s+/g, ' ').trim().slice(0, maxLength);

  function show(message: string, hits: Hit[], needsHelp: boolean, found?: AllFound): void {
    current = found;
    list.replaceChildren(...hits.map(renderHit));
    moreButton.hidden = !found || found.total <= hits.length;
    help.hidden = !needsHelp;
    announce(message);
  }

  /**
   * Puts results on the page in their order as each one's text arrives (after the ones before it), so the
   * first shows without waiting for the tenth. `place` puts each item; `stale` stops it when a newer search
   * or click has taken over. Resolves with the items placed, or undefined when it stopped.
   */
  async function placeInOrder(
    pending: Promise<Hit>[],
    place: (item: HTMLLIElement, index: number) => void,
    stale: () => boolean,
  ): Promise<HTMLLIElement[] | undefined> {
    // Every fetch is already running; a failure is thrown where it is awaited, never left unhandled.
    for (const hit of pending) hit.catch(() => undefined);
    const items: HTMLLIElement[] = [];
    for (const hit of pending) {
      const item = renderHit(await hit);
      if (stale()) return undefined;
      place(item, items.length);
      items.push(item);
    }
    return items;
  }

  /**
   * Text as nodes, a run in another language in a `<span lang>`: results come as plain text from Pagefind,
   * without the `lang` the page gave them (WCAG 2.1 SC 3.1.2), so it is found again from the script.
   */
  function textNodes(text: string): (Node | string)[] {
    if (!locale) return [text];
    return languageRuns(text, locale).map((run) =>
      run.lang ? Object.assign(document.createElement('span'), { lang: run.lang, textContent: run.text }) : run.text,
    );
  }

  function renderHit(hit: Hit): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = hit.url;
    link.append(...textNodes(hit.title));
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of hit.excerpt) {
      if (!part.marked) excerpt.append(...textNodes(part.text));
      else {
        const mark = document.createElement('mark');
        mark.append(...textNodes(part.text));
        excerpt.append(mark);
      }
    }
    item.append(heading, excerpt);
    if (hit.sector) {
      const sector = document.createElement('p');
      sector.className = 'search-result__sector';
      sector.textContent = `${sectorLabel}${text['labelEnd'] ?? ': '}${hit.sector}`;
      item.append(sector);
    }
    return item;
  }

  /** Keeps the address in step, so reloading or sharing the page repeats the search. */
  function remember(query: string, sector: string): void {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (sector) url.searchParams.set('sector', sector);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const query = currentQuery();
    const sector = select.value;
    const run = ++latest;
    remember(query, sector);
    if (!query) return show('', [], false);
    const sectorName = sector ? select.selectedOptions[0]?.textContent ?? sector : '';
    try {
      // Only the first search waits for the index; saying "searching" on every keystroke would be noise.
      if (!ready) announce(text['loading'] ?? '');
      const search = await openSiteSearch(lang, ellipsis);
      ready = true;
      const found = await search.search(query, sector, pageSize);
      // A newer keystroke or choice is on its way: its own search will show and announce.
      const stale = () => run !== latest || query !== currentQuery() || sector !== select.value;
      if (stale()) return;
      // The previous results stay until the first new one replaces them; the status follows the whole page.
      const placed = await placeInOrder(
        found.first,
        (item, index) => {
          if (index > 0) return list.append(item);
          current = undefined;
          moreButton.hidden = true;
          list.replaceChildren(item);
        },
        stale,
      );
      if (!placed) return;
      const all = await found.all;
      if (stale()) return;
      const total = all.total;
      const template = total === 0 ? text['none'] : total === 1 ? text['one'] : text['many'];
      const where = sectorName ? ` ${fill(text['inSector'] ?? '', { sector: sectorName })}` : '';
      const message = fill(template ?? '', { count: total, query, where });
      if (total === 0) return show(`${message} ${text['hint'] ?? ''}`, [], true, all);
      current = all;
      moreButton.hidden = total <= placed.length;
      help.hidden = true;
      announce(message);
    } catch (error) {
      if (run !== latest) return;
      show(text['error'] ?? '', [], true);
      console.warn('Search failed:', error);
    }
  }

  moreButton.addEventListener('click', async () => {
    const found = current;
    if (!found) return;
    const placed = await placeInOrder(
      found.more(pageSize),
      (item, index) => {
        list.append(item);
        // Keyboard and screen-reader users continue at the first new result, not back at the button's place.
        if (index === 0) item.querySelector('a')?.focus();
      },
      () => found !== current,
    );
    if (placed) moreButton.hidden = list.children.length >= found.total;
  });

  input.addEventListener('focus', () => void openSiteSearch(lang, ellipsis).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    lastInput = performance.now();
    // The index chunks load while the debounce waits (Pagefind's documented use of preload), once the client is
    // open; before that, the first search waits for the client anyway.
    const query = currentQuery();
    const sector = select.value;
    if (query) void openSiteSearch(lang, ellipsis).then((search) => search.preload(query, sector), () => undefined);
    clearTimeout(announcing);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  });
  select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // No pause to wait for: the next keystroke sets lastInput again.
    lastInput = -Infinity;
    void run();
  });

  const params = new URLSearchParams(location.search);
  const sector = params.get('sector') ?? '';
  if ([...select.options].some((o) => o.value === sector)) select.value = sector;
  // A link may carry a longer query than the box accepts; the box shows what is searched.
  input.value = (params.get('q') ?? '').slice(0, maxLength);
  if (currentQuery()) void run();
}
