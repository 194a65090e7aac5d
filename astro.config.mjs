// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.mjs';

/** The production address; deployments elsewhere set SITE_URL. */
const site = process.env.SITE_URL ?? 'https://kina.um.dk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One external stylesheet for all pages: cached once, and no inline <style> for the CSP to allow.
    inlineStylesheets: 'never',
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    sitemap({
      serialize: sitemapAlternates,
    }),
  ],
  vite: {
    build: {
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
