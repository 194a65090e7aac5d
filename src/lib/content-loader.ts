import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
// The field's place as the content check's report writes it: `programmes[0].officialPdf`, `keywords[2]`, `title`.
import { fieldName } from './content-check/schema-problems.ts';


/**
 * One line per Zod issue, as an editor reads it: `title: is missing: add it…`; an issue of the whole entry (an
 * unknown field, whose message names the field) has no place before its message.
 */
export const issueLines = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => (issue.path.length ? `${fieldName(issue.path)}: ${issue.message}` : issue.message));

/**
 * Astro's glob loader for the MDX files of `content/<name>/`, ids keeping the locale folder ("da/renewable-energy")
 * so a slug field never replaces them. When an entry does not match its schema, the error says so in plain text:
 * Astro's own message is Markdown (`**title**: …`, and `****: …` for an unknown field, whose issue has no path),
 * which `npm run dev` prints as it is when a saved file fails ("Failed to reload da/x.mdx: …"). The content
 * check, which runs first, reports the same problems with their lines.
 * @param name the collection's folder under content/
 * @param schema the collection's schema (the same one Astro validates with)
 * @throws AstroError from the loader, for an entry its schema refuses: "content/<name>/<id>.mdx does not match…"
 */
export function contentLoader(name: string, schema: z.ZodType): Loader {
  const files = glob({
    pattern: '**/*.mdx',
    base: `./content/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'content',
    load: (context) =>
      files.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            const parsed = await schema.safeParseAsync(props.data);
            if (parsed.success) throw error;
            const file = `content/${name}/${props.id}.mdx`;
            const refused = new AstroError(
              [`${file} does not match the rules of "${name}":`, ...issueLines(parsed.error.issues).map((l) => `  - ${l}`)].join('\n'),
              'Run "npm run check:content" for every problem with its line.',
            );
            refused.stack = '';
            throw refused;
          }
        },
      }),
  };
}
