import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Lets plain Node import the site's own modules, which are written for Vite: relative imports without
 * ".ts" (or of a folder's index.ts), and TypeScript that type stripping alone cannot run (parameter
 * properties). Packages load as Node loads them.
 */
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.')) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return next(specifier + suffix, context);
        } catch {
          // Try the next form.
        }
      }
      throw error;
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/'))
      return next(url, context);
    const code = readFileSync(fileURLToPath(url), 'utf8');
    return {
      format: 'module',
      source: stripTypeScriptTypes(code, { mode: 'transform', sourceUrl: url }),
      shortCircuit: true,
    };
  },
});
