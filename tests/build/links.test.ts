import { describe, expect, test } from 'vitest';
import {
  acceptedDist,
  crawlFromRoot,
  distDir,
  decodeEntities,
  fileOfUrlPath,
  htmlFiles,
  isNotFoundPage,
  readDist,
  urlPathOfFile,
} from '../support/crawl';

import { nonEmpty } from '../support/non-empty';

/** The site, and the site with the accepted content fixtures (links of every kind an editor may write, a picture). */
describe.each([
  { name: 'dist/', root: distDir, picture: false },
  { name: 'the accepted fixtures build', root: acceptedDist, picture: true },
])('links inside $name', ({ root, picture }) => {
  const files = nonEmpty(htmlFiles(root), 'HTML files');
  const pages = new Map(files.map((f) => [f, readDist(f, root)]));
  const site = new URL(pages.get('index.html')!.match(/<link rel="canonical" href="([^"]+)"/)![1]!)
    .origin;

  /** Every URL-valued attribute of a page: where it leads and the page it sits on. */
  function references(file: string, html: string) {
    return [...html.matchAll(/\s(href|src|action)="([^"]*)"/g)].map(([, attr, raw]) => ({
      file,
      attr: attr!,
      value: decodeEntities(raw!),
    }));
  }
  const idsOf = (html: string) =>
    new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => decodeEntities(id!)));

  /** A reference inside the site as a path ("/da/kontakt/#x"), or undefined for mailto:, tel: and other hosts. */
  function internalTarget(from: string, value: string): URL | undefined {
    const base = new URL(urlPathOfFile(from), site);
    const url = new URL(value, base);
    return url.origin === site ? url : undefined;
  }

  function hreflangs(html: string): Map<string, string> {
    return new Map(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, l, h]) => [l!, h!],
      ),
    );
  }

  test('every internal href, src and form action leads to a file of the build', () => {
    const broken = [...pages].flatMap(([file, html]) =>
      references(file, html).filter((r) => {
        const url = internalTarget(file, r.value);
        return url !== undefined && fileOfUrlPath(url.pathname, root) === undefined;
      }),
    );
    expect(broken.map((r) => `${r.file}: ${r.attr}="${r.value}"`)).toEqual([]);
  });

  test('every #fragment names an id on the page it points to, or is #top', () => {
    const broken = [...pages].flatMap(([file, html]) =>
      references(file, html).filter((r) => {
        const url = internalTarget(file, r.value);
        // HTML scrolls to the top of the page for "#top" when no element has that id.
        if (!url || url.hash === '' || url.hash === '#' || url.hash.toLowerCase() === '#top')
          return false;
        const target = fileOfUrlPath(url.pathname, root);
        const targetHtml = target && pages.get(target);
        return !targetHtml || !idsOf(targetHtml).has(decodeURIComponent(url.hash.slice(1)));
      }),
    );
    expect(broken.map((r) => `${r.file}: ${r.attr}="${r.value}"`)).toEqual([]);
  });

  test('links checked include fragments and assets, so the checks above have something to fail on', () => {
    const all = [...pages].flatMap(([file, html]) => references(file, html));
    expect(all.some((r) => r.value.startsWith('#'))).toBe(true);
    expect(all.some((r) => r.attr === 'href' && /\.css$/.test(r.value))).toBe(true);
    expect(all.some((r) => /^\/[^#]*#./.test(r.value))).toBe(true);
    if (picture) {
      expect(all.some((r) => r.attr === 'src' && /\.(svg|webp|avif)$/.test(r.value))).toBe(true);
      expect(all.some((r) => r.attr === 'href' && /\.pdf$/.test(r.value))).toBe(true);
    }
  });

  test('every page has a canonical URL on the production site that is the page itself', () => {
    const wrong = [...pages]
      .filter(([file]) => !isNotFoundPage(file))
      .filter(([file, html]) => {
        const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
        return canonical !== new URL(urlPathOfFile(file), site).href;
      });
    expect(wrong.map(([f]) => f)).toEqual([]);
  });

  test('hreflang sets are complete, point at built pages, include x-default and agree on every page of the set', () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      if (isNotFoundPage(file)) continue;
      const set = hreflangs(html);
      const lang = html.match(/<html lang="([^"]+)"/)![1]!;
      const self = new URL(urlPathOfFile(file), site).href;
      if (!set.has('x-default')) problems.push(`${file}: no x-default`);
      if (file !== 'index.html' && set.get(lang) !== self)
        problems.push(`${file}: hreflang="${lang}" is not the page itself`);
      if (![...set.values()].includes(self))
        problems.push(`${file}: the page is not in its own hreflang set`);
      for (const [l, href] of set) {
        const url = new URL(href);
        const target = url.origin === site ? fileOfUrlPath(url.pathname, root) : undefined;
        if (!target) {
          problems.push(`${file}: hreflang="${l}" ${href} is not a built page`);
          continue;
        }
        const back = hreflangs(pages.get(target)!);
        if (JSON.stringify([...back].sort()) !== JSON.stringify([...set].sort())) {
          problems.push(`${file}: hreflang="${l}" ${href} does not carry the same set back`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('following links from "/" reaches every built page', () => {
    const reached = new Set(crawlFromRoot(root));
    const missed = files
      .filter((f) => !isNotFoundPage(f))
      .map(urlPathOfFile)
      .filter((p) => !reached.has(p));
    expect(missed).toEqual([]);
  });

  test("every page's footer links to the accessibility statement in the page's own language", () => {
    const problems: string[] = [];
    const withFooter = [...pages].filter(([, html]) => html.includes('<footer'));
    // The language choice at "/" and the multilingual 404 pages are the only pages without the site's frame.
    expect(files.filter((f) => !withFooter.some(([w]) => w === f))).toEqual(['404.html', 'en/404/index.html', 'index.html', 'zh/404/index.html']);
    for (const [file, html] of withFooter) {
      const lang = html.match(/<html lang="([^"]+)"/)![1]!;
      const footer = html.slice(html.indexOf('<footer'));
      const statement = hrefsIn(footer).find((href) => {
        const target = fileOfUrlPath(href, root);
        const targetHtml = target && pages.get(target);
        return targetHtml && /<h1\b[^>]*>(Tilgængelighedserklæring|Accessibility statement|无障碍声明)<\/h1>/.test(targetHtml) && targetHtml.includes(`<html lang="${lang}"`);
      });
      if (!statement) problems.push(file);
    }
    expect(problems).toEqual([]);
  });
});

function hrefsIn(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map(([, v]) => decodeEntities(v!));
}
