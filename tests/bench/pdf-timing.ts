/**
 * Times the two build steps that Astro's log does not separate, on a workspace's content:
 * the content check (run before Astro reads content/) and the programme PDF (made while the routes are
 * generated). Run by the benchmark in its own process, with tests/bench/ts-hooks.ts imported first:
 *   node --import ./tests/bench/ts-hooks.ts tests/bench/pdf-timing.ts <workspace>
 * Prints one line of JSON.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
if (!root) throw new Error('Give the workspace to time: pdf-timing.ts <dir>');

/** The workspace's own modules, so synthetic content meets the code that builds it. */
const load = <T>(path: string): Promise<T> =>
  import(pathToFileURL(join(root, path)).href) as Promise<T>;

type Schemas = typeof import('../../src/schemas/collections.ts');
type Files = typeof import('../../src/lib/content-check/files.ts');
type Frontmatter = typeof import('../../src/lib/content-check/frontmatter.ts');
type Check = typeof import('../../src/lib/content-check/index.ts');
type Document = typeof import('../../src/lib/pdf/programme-document.ts');
type Routes = typeof import('../../src/lib/routes.ts');
type Locales = typeof import('../../src/i18n/locales.ts');

const { checkContent } = await load<Check>('src/lib/content-check/index.ts');
const checkStarted = performance.now();
const checked = await checkContent(root);
const contentCheckSeconds = (performance.now() - checkStarted) / 1000;
if (checked.problems.length > 0)
  throw new Error(`The content check found ${checked.problems.length} problems in ${root}`);

const { collectionSchemas } = await load<Schemas>('src/schemas/collections.ts');
const { readContent } = await load<Files>('src/lib/content-check/files.ts');
const { splitFile } = await load<Frontmatter>('src/lib/content-check/frontmatter.ts');
const { renderProgramme } = await load<Document>('src/lib/pdf/programme-document.ts');
const { pathFor } = await load<Routes>('src/lib/routes.ts');

// The entries as Astro hands them to the PDF: parsed by the collection's schema, areas in programme order.
const entries = readContent(root).entries.map((entry) => {
  const parts = splitFile(entry.text ?? '');
  const data = collectionSchemas[entry.collection].parse(parts.data) as Record<string, unknown>;
  return { ...entry, data, body: parts.body.replace(/^\s*\n/, '') };
});
const site = 'https://kina.um.dk/';
const { locales } = await load<Locales>('src/i18n/locales.ts');
const pdfs = [];
for (const lang of locales) {
  const of = (collection: string) =>
    entries.filter((e) => e.collection === collection && e.lang === lang);
  const partnership = of('partnership')[0]!;
  const contact = of('contact')[0]!;
  const areas = of('areas').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
  const started = performance.now();
  const pdf = await renderProgramme({
    lang,
    partnership: { file: partnership.file, data: partnership.data as never },
    contact: { file: contact.file, data: contact.data as never },
    areas: areas.map((a) => ({ file: a.file, data: a.data as never, body: a.body })),
    urls: {
      site,
      programme: new URL(pathFor({ kind: 'programme', lang }), site).href,
      contact: new URL(pathFor({ kind: 'contact', lang, slug: String(contact.data['slug']) }), site)
        .href,
    },
  });
  pdfs.push({
    lang,
    seconds: (performance.now() - started) / 1000,
    bytes: pdf.bytes.length,
    pages: pdf.pages,
  });
}

console.log(JSON.stringify({ contentCheckSeconds, pdfs }));
