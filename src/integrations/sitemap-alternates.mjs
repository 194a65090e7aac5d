// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The sitemap takes each page's alternates and date from the page's own <head>, so the sitemap and
 * the hreflang links can never disagree (the integration's i18n option only pairs identical paths).
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
export function sitemapAlternates(item) {
  const file = `${dist}${new URL(item.url).pathname.replace(/^\//, '')}index.html`;
  if (!existsSync(file)) return item;
  const html = readFileSync(file, 'utf8');
  const links = [...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)].map(
    ([, lang, url]) => ({ lang: /** @type {string} */ (lang), url: /** @type {string} */ (url) }),
  );
  const modified = html.match(/<meta name="dcterms.modified" content="([\d-]+)"/)?.[1];
  return { ...item, links, ...(modified && { lastmod: modified }) };
}
