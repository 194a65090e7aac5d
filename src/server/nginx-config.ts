import { immutableCaching, immutableFolders, securityHeaders } from '../lib/security-headers.ts';
import { compressedTypes } from './site-files.ts';
import { notFoundFile, ownNotFoundLocales } from '../lib/not-found-pages.ts';

/** Where the shipped nginx configuration lives, relative to the repository. */
export const nginxConfigPath = 'src/server/nginx.conf';

/** A header value as an nginx string: double-quoted, with ", \ and $ escaped. */
const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;

/**
 * The nginx configuration the project recommends, as the text of src/server/nginx.conf: directives for the
 * site's `server` block (the operator adds listen, server_name, TLS and `root`), with every header from the
 * one definition (src/lib/security-headers.ts), as dist/_headers has them for other hosts.
 * Why each part is there: nginx's add_header skips error responses unless `always` is given, and a location
 * with add_header of its own drops the server's, so the content-named folders repeat every header.
 */
export function nginxConfig(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const addHeaders = (indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
  return [
    '# The nginx set-up for the site: generated from src/lib/security-headers.ts by `npm run nginx-conf`;',
    '# do not edit by hand. Include it in the site\'s server block, after `root`, e.g.',
    '#   server {',
    '#     listen 443 ssl; server_name kina.um.dk;  # and the certificate',
    '#     root /srv/green-cooperation/dist;         # the files `npm run build` wrote',
    '#     include /etc/nginx/snippets/green-cooperation.conf;  # this file',
    '#   }',
    '# The http block must include mime.types, as Debian\'s /etc/nginx/nginx.conf does.',
    '',
    'index index.html;',
    'charset utf-8;',
    'charset_types text/css text/plain text/javascript application/javascript application/json application/xml image/svg+xml;',
    'server_tokens off;',
    '# A redirect names only the path ("/da/?q=x"), so it keeps the visitor\'s scheme and host behind a proxy.',
    'absolute_redirect off;',
    '# The site\'s own 404 page, with status 404 (each language folder has its own: see below).',
    'error_page 404 /404.html;',
    '',
    '# Text is sent gzip-compressed (Debian\'s nginx.conf compresses HTML only): Pagefind\'s client is 47 KB as a file,',
    '# 13 KB compressed. Pagefind\'s index, results and WebAssembly are gzip files already and go as they are.',
    'gzip on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 6;',
    `gzip_types ${compressedTypes.join(' ')};`,
    '',
    '# On every response, 301 and 404 included.',
    ...addHeaders(''),
    '',
    '# A folder without its trailing slash ("/da/kontakt") is redirected (301) to its address with one, query kept.',
    'location / {',
    '  try_files $uri $uri/ =404;',
    '}',
    ...ownNotFoundLocales.flatMap((lang) => [
      '',
      `# A missing page under /${lang}/ gets the 404 page that puts that language first, with status 404.`,
      `location ^~ /${lang}/ {`,
      `  error_page 404 /${notFoundFile(lang)};`,
      '  try_files $uri $uri/ =404;',
      '}',
    ]),
    ...immutableFolders.flatMap((folder) => [
      '',
      `# Files named after their content: kept a year. This location's add_header drops the server's: all repeated.`,
      `location ^~ ${folder} {`,
      ...addHeaders('  '),
      `  add_header Cache-Control ${quote(immutableCaching)} always;`,
      '  try_files $uri =404;',
      '}',
    ]),
    '',
    '# Instructions for other hosts, not a page.',
    'location = /_headers {',
    '  return 404;',
    '}',
    '',
  ].join('\n');
}
