// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.mjs';
import { contentCheck } from './src/integrations/content-check.mjs';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { notFoundPath, ownNotFoundLocales } from './src/lib/not-found-pages.ts';

/** The production address; deployments elsewhere set SITE_URL. */
const site = process.env.SITE_URL ?? 'https://kina.um.dk';

export default defineConfig({
  site,
  // Astro's content data store lives in its cache (default node_modules/.astro). The tests build copies of
  // the project that share node_modules (tests/content/project.ts) at the same time as the site; in a shared
  // cache one build read the other's content. Each project folder keeps its own.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One external stylesheet for all pages: cached once, and no inline <style> for the CSP to allow.
    inlineStylesheets: 'never',
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
    // First, so bad content stops the build with the full report before Astro reads any of it.
    contentCheck(),
    mdx(),
    sitemap({
      serialize: sitemapAlternates,
      // The sitemap leaves out /404 by itself, not the language folders' own 404 pages ("/en/404/").
      filter: (page) => !ownNotFoundLocales.some((lang) => new URL(page).pathname === notFoundPath(lang)),
    }),
    // Last, so it indexes the finished dist/.
    pagefindIndex(),
  ],
  vite: {
    build: {
      // Never inline a script: the CSP (script-src 'self') allows only script files, so the search page's
      // small module must stay one. Other assets keep Vite's default rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX file carries Astro's head-inject directive; Rolldown warns about it harmlessly.
          if (String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
