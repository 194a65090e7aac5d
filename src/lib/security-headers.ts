/**
 * The one definition of the HTTP headers the site is served with. `dist/_headers` (for static hosts that
 * read it), the shipped nginx configuration (src/server/nginx.conf, by `npm run nginx-conf`) and the preview
 * server (src/server/) all come from here, so what is tested is what is deployed.
 */

/**
 * Content Security Policy as directives. No inline script or style exists in the built pages (JSON-LD is a
 * data block, which CSP does not run), so 'self' suffices. The search page runs Pagefind's browser client,
 * which compiles its WebAssembly ('wasm-unsafe-eval' allows that and nothing else: no eval, no inline script).
 * It runs without its Web Worker (src/components/search/search-engine.ts), so no worker source is allowed.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

export function serializeCsp(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Features the site never uses, switched off for it and anything that might ever be framed in it. */
const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Every header, in the order a host should send them, for every response of the site. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serializeCsp(),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': disabledFeatures.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Folders whose files are named after their content (Astro's bundles, Pagefind's word lists, filters and
 * result texts): a new version is a new name, so a browser may keep them a year without asking again.
 * Everything else (pages, the PDFs, Pagefind's entry, metadata, client and WebAssembly, whose names do not
 * change with their content) is left to the host's default.
 */
export const immutableFolders = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'] as const;
export const immutableCaching = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file static hosts (Netlify, Cloudflare Pages and others) read: every path gets every
 * security header; those hosts add a matching folder's Cache-Control to them.
 */
export function headersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  return [
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    ...immutableFolders.flatMap((folder) => [`${folder}*`, `  Cache-Control: ${immutableCaching}`]),
    '',
  ].join('\n');
}
