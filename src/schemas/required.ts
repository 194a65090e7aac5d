import { locales } from '../i18n/locales.ts';
import type { CollectionName } from './collections.ts';
import { languageName, type Problem } from './integrity.ts';

/** What the site cannot be built without in one collection, in every language. */
export interface Requirement {
  /** The fewest entries each language must have; 0 when only `files` are required. */
  minimum: number;
  /** What one entry is called in the messages, singular and plural: ["area", "areas"]. */
  noun: readonly [string, string];
  /** File names (without .mdx) the templates find their page by, so they must exist under this name. */
  files: readonly string[];
  /** Why the site needs them, as the editor is told: the pages that show them. */
  because: string;
}

/**
 * The one table of required content, per collection, read from how the templates use it:
 * - areas: ProgrammeView lists them under its "areas" heading, HomeView groups them by sector, the
 *   programme PDF sets them and search finds the agreements through them; none would leave empty lists.
 * - partnership: MainNav and HomeView link to "partnership:partnership"; HomeView, ProgrammeView and the
 *   PDF are made from its programmes (src/lib/site-pages.ts takes exactly one per language).
 * - contact: MainNav, Footer, HomeView, the PDF and security.txt link to "contact:embassy".
 * - pages: Footer links to "page:accessibility" on every page.
 */
export const requiredContent = {
  areas: {
    minimum: 1,
    noun: ['area', 'areas'],
    files: [],
    because: 'the work programme page lists the areas, the home page groups them by sector, the PDF sets them and search finds the agreements through them',
  },
  partnership: {
    minimum: 0,
    noun: ['partnership page', 'partnership pages'],
    files: ['partnership'],
    because: 'every page links to the partnership page in its menu, and the home page, the work programme page and its PDF are made from it',
  },
  contact: {
    minimum: 0,
    noun: ['contact page', 'contact pages'],
    files: ['embassy'],
    because: "every page links to the contact page in its menu and footer, and the home page and the PDF show the embassy's details from it",
  },
  pages: {
    minimum: 0,
    noun: ['page', 'pages'],
    files: ['accessibility'],
    because: 'every page links to the accessibility statement in its footer',
  },
} as const satisfies Record<CollectionName, Requirement>;


/**
 * The required content that is missing: a collection with fewer entries than its minimum in a language, or
 * without a file the templates need. `entries` are every page file found (collection, "<locale>/<file id>"),
 * whatever its problems; `langs` are the site's languages. Content missing in every language is one problem on
 * the collection's folder ("content/areas/"), otherwise one on each language folder lacking it
 * ("content/areas/zh/"). Throws nothing; the rules are `requiredContent`.
 */
export function missingContent(
  entries: readonly { collection: string; id: string }[],
  langs: readonly string[] = locales,
): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, rule] of Object.entries(requiredContent) as [CollectionName, Requirement][]) {
    const ids = entries.filter((e) => e.collection === collection).map((e) => e.id);
    const inLang = (lang: string) => ids.filter((id) => id.startsWith(`${lang}/`)).map((id) => id.slice(lang.length + 1));
    const report = (lacking: string[], everywhere: string, inOne: (lang: string) => string) => {
      if (lacking.length > 0 && lacking.length === langs.length)
        problems.push({ file: `content/${collection}/`, message: everywhere });
      else for (const lang of lacking) problems.push({ file: `content/${collection}/${lang}/`, message: inOne(lang) });
    };
    const [one, many] = rule.noun;
    const few = langs.filter((lang) => inLang(lang).length < rule.minimum);
    const example = langs.find((lang) => !few.includes(lang));
    report(
      few,
      `there are no ${many} in any language: the site needs at least ${rule.minimum} in each language (${langs.join(', ')}), because ${rule.because}. Add them as content/${collection}/<language>/<file name>.mdx (see content/README.md), or restore the deleted files`,
      (lang) =>
        `there are no ${languageName(lang)} ${many}${example ? `, but content/${collection}/${example}/ has ${inLang(example).length}` : ''}: the ${languageName(lang)} site needs at least ${rule.minimum}, because ${rule.because}. Create the ${languageName(lang)} version of each ${one}, with the same file name, or restore the deleted files`,
    );
    for (const file of rule.files)
      report(
        langs.filter((lang) => !inLang(lang).includes(file)),
        `${file}.mdx is missing in every language: the site cannot be built without it, because ${rule.because}. Create ${new Intl.ListFormat('en').format(langs.map((l) => `content/${collection}/${l}/${file}.mdx`))}, or, if the files were renamed, give them back the name ${file}.mdx`,
        (lang) =>
          `${file}.mdx is missing: the ${languageName(lang)} site cannot be built without it, because ${rule.because}. Create content/${collection}/${lang}/${file}.mdx, or, if the file was renamed, give it back the name ${file}.mdx`,
      );
  }
  return problems;
}
