// @ts-check

/** The characters HTML gives a meaning to, as their references. */
const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The page `npm run dev` shows in place of any page while content/ has problems: the content check's report, so an
 * editor who saved a mistake sees it in the browser, not only in the terminal. It loads Vite's client, which
 * reloads the page when the dev server says so (once the content is fine again). Development only: the built
 * site never has it.
 */
export const contentReportPage = {
  /**
   * Whether a request is for a page (a GET asking for HTML), not for a script, a style or Vite's own files.
   * @param {import('node:http').IncomingMessage} req
   */
  wanted(req) {
    const url = req.url ?? '';
    return (
      req.method === 'GET' &&
      (req.headers.accept ?? '').includes('text/html') &&
      !url.startsWith('/@') &&
      !url.startsWith('/_astro/') &&
      !url.startsWith('/node_modules/')
    );
  },
  /**
   * @param {string} report the content check's report, plain text
   * @returns {string} a whole HTML document
   */
  html(report) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Problems in the content</title>
<script type="module" src="/@vite/client"></script>
<style>body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem; } pre { white-space: pre-wrap; font-size: 0.95rem; }</style>
</head>
<body>
<main>
<h1>Problems in the content</h1>
<pre>${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
  },
};
