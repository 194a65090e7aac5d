import { describe, expect, test } from 'vitest';
import { decodeEntities, distFiles, htmlFiles, readDist, urlPathOfFile } from '../support/crawl';

const files = distFiles();
const site = new URL(readDist('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;

/** Pages meant for search engines: every built page that does not ask not to be indexed. */
const indexable = htmlFiles().filter((f) => !/<meta name="robots" content="[^"]*noindex/.test(readDist(f)));

const index = readDist('sitemap-index.xml');
const sitemapFiles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname.slice(1));
const entries = sitemapFiles.flatMap((file) =>
  [...readDist(file).matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
    loc: decodeEntities(body!.match(/<loc>([^<]+)<\/loc>/)![1]!),
    lastmod: body!.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1],
    alternates: [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, l, h]) => `${l} ${decodeEntities(h!)}`).sort(),
  })),
);

describe('the sitemap', () => {
  test('robots.txt points crawlers to the sitemap index, which lists sitemaps that exist', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(sitemapFiles.length).toBeGreaterThan(0);
    expect(sitemapFiles.filter((f) => !files.includes(f))).toEqual([]);
  });

  test('lists exactly the built pages, each once', () => {
    const listed = entries.map((e) => e.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(indexable.map((f) => new URL(urlPathOfFile(f), site).href).sort());
  });

  test('leaves out the 404 page', () => {
    expect(entries.map((e) => new URL(e.loc).pathname)).not.toContain('/404.html');
    expect(indexable).not.toContain('404.html');
  });

  test("gives every page the same alternates as the page's own hreflang links, x-default included", () => {
    const wrong = entries.filter((e) => {
      const html = readDist(`${new URL(e.loc).pathname.slice(1)}index.html`);
      const own = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => `${l} ${decodeEntities(h!)}`).sort();
      return own.length === 0 || !own.some((a) => a.startsWith('x-default ')) || JSON.stringify(own) !== JSON.stringify(e.alternates);
    });
    expect(wrong.map((e) => e.loc)).toEqual([]);
  });

  test('dates each page by its content, never by the day of the build', () => {
    const wrong = entries.filter((e) => {
      const html = readDist(`${new URL(e.loc).pathname.slice(1)}index.html`);
      const modified = html.match(/<meta name="dcterms.modified" content="([\d-]+)"/)?.[1];
      return modified ? e.lastmod?.slice(0, 10) !== modified : e.lastmod !== undefined;
    });
    expect(wrong.map((e) => `${e.loc} ${e.lastmod}`)).toEqual([]);
  });
});
