import { defaultLocale, locales } from '../i18n/locales.ts';

/** The little the cross-file checks need to know about an entry. */
export interface EntryFacts {
  collection: string;
  /** "<locale>/<file id>" */
  id: string;
  /** Fields written with a value of the wrong shape (reported elsewhere): not compared with the twin. */
  invalid?: readonly string[];
  /** The file's settings could not be read at all: nothing in it is compared with the twin. */
  unread?: boolean;
  data: {
    slug?: string | undefined;
    order?: number | undefined;
    related?: readonly string[] | undefined;
    team?: string | undefined;
    /** The contact entry's sector teams: the ids areas may name in "team". */
    teams?: readonly { id: string }[] | undefined;
    sector?: string | undefined;
    status?: string | undefined;
    period?: { start: number; end?: number | undefined } | undefined;
  };
}

export interface Problem {
  /** Path relative to the repository, e.g. "content/areas/da/renewable-energy.mdx". */
  file: string;
  /** The frontmatter field, as a path: "programmes[0].status". */
  field?: string;
  /** Line in the file, counted from 1, where the editor should look. */
  line?: number;
  message: string;
}

export const fileOf = (e: Pick<EntryFacts, 'collection' | 'id'>) =>
  `content/${e.collection}/${e.id}.mdx`;

const languageNames: Record<string, string> = { da: 'Danish', en: 'English', zh: 'Chinese' };
const languageName = (lang: string) => languageNames[lang] ?? lang;

/** Collections that hold exactly one file per language. */
const singletons = ['partnership', 'contact'];

/** Fields that do not depend on the language: the Danish and English files must agree on them. */
const sharedFields: Record<string, readonly (keyof EntryFacts['data'])[]> = {
  areas: ['order', 'sector', 'status', 'period', 'team', 'related'],
};

const comparable = (value: unknown) =>
  JSON.stringify(Array.isArray(value) ? [...value].sort() : (value ?? null));
const shown = (value: unknown): string => {
  if (value === undefined) return 'not given';
  if (Array.isArray(value)) return value.join(', ') || 'empty';
  if (value && typeof value === 'object' && 'start' in value) {
    const p = value as { start: number; end?: number };
    return `${p.start}–${p.end ?? ''}`;
  }
  return String(value);
};

/**
 * Checks that no single schema can: every Danish file has its English twin and the reverse, the
 * twins agree on what does not depend on language, slugs and orders are unique per locale, and
 * references point at entries that exist.
 * `teamIds` is used only when `entries` holds no contact entry to read the teams from.
 */
export function checkIntegrity(entries: EntryFacts[], teamIds: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const byCollection = Map.groupBy(entries, (e) => e.collection);
  const contacts = byCollection.get('contact') ?? [];
  const teamsIn = (lang: string): readonly string[] =>
    contacts.length === 0
      ? teamIds
      : contacts
          .filter((c) => c.id.startsWith(`${lang}/`))
          .flatMap((c) => (c.data.teams ?? []).map((t) => t.id));

  for (const [collection, list] of byCollection) {
    const inLang = (lang: string) =>
      new Map(
        list
          .filter((e) => e.id.startsWith(`${lang}/`))
          .map((e) => [e.id.slice(lang.length + 1), e]),
      );
    for (const e of list) {
      const [lang, ...rest] = e.id.split('/');
      if (!(locales as readonly string[]).includes(lang!) || rest.length !== 1) {
        problems.push({
          file: fileOf(e),
          message: `is in the wrong folder: every file must sit directly in ${locales.map((l) => `content/${collection}/${l}/`).join(' or ')}`,
        });
        continue;
      }
      for (const other of locales) {
        if (other === lang) continue;
        const twin = inLang(other).get(rest[0]!);
        if (!twin) {
          problems.push({
            file: fileOf(e),
            message: `has no ${languageName(other)} version: create content/${collection}/${other}/${rest[0]}.mdx (every page needs a file with the same file name in each language: ${locales.map((l) => `${l}/`).join(', ')})`,
          });
        }
      }
    }
    for (const lang of locales) {
      const mine = list.filter((e) => e.id.startsWith(`${lang}/`));
      if (singletons.includes(collection) && mine.length > 1) {
        // Reported on each: any of them may be the one added by mistake.
        for (const e of mine) {
          const others = mine
            .filter((o) => o !== e)
            .map(fileOf)
            .join(' and ');
          problems.push({
            file: fileOf(e),
            message: `content/${collection}/${lang}/ must hold exactly one file, but ${others} is there too: keep one and delete or merge the other`,
          });
        }
      }
      for (const field of ['slug', 'order'] as const) {
        // Reported on every file that uses the value: either may be the one the editor changed.
        const users = Map.groupBy(
          mine.filter((e) => e.data[field] !== undefined),
          (e) => e.data[field],
        );
        for (const [value, same] of users) {
          if (same.length < 2) continue;
          for (const e of same) {
            const others = same
              .filter((o) => o !== e)
              .map(fileOf)
              .join(' and ');
            problems.push({
              file: fileOf(e),
              field,
              message: `${JSON.stringify(value)} is also used by ${others}: give each ${languageName(lang)} file its own ${field}`,
            });
          }
        }
      }
      const known = new Set(mine.map((e) => e.id.slice(lang.length + 1)));
      const teams = teamsIn(lang);
      for (const e of mine) {
        (e.data.related ?? []).forEach((ref, i) => {
          if (!known.has(ref)) {
            problems.push({
              file: fileOf(e),
              field: `related[${i}]`,
              message: `"${ref}" is not a file in content/${collection}/${lang}/: use a file name without .mdx, one of ${[...known].sort().join(', ')}`,
            });
          } else if (`${lang}/${ref}` === e.id) {
            problems.push({
              file: fileOf(e),
              field: `related[${i}]`,
              message: 'an entry cannot be related to itself: remove it from the list',
            });
          }
        });
        if (e.data.team !== undefined && !teams.includes(e.data.team)) {
          problems.push({
            file: fileOf(e),
            field: 'team',
            message: `"${e.data.team}" is not a team in content/contact/${lang}/: ${teams.length ? `use one of ${teams.join(', ')}` : 'no teams are listed there yet, so add the team under "teams" there first or remove this line'}`,
          });
        }
        const teamSeen = new Set<string>();
        (e.data.teams ?? []).forEach((t, i) => {
          if (teamSeen.has(t.id))
            problems.push({
              file: fileOf(e),
              field: `teams[${i}].id`,
              message: `"${t.id}" is used by two teams: give each team its own id`,
            });
          teamSeen.add(t.id);
        });
      }
    }
  }
  problems.push(...twinDifferences(byCollection, problems));
  return problems;
}

/** Fields the Danish and English versions must agree on, compared once both are readable and valid. */
function twinDifferences(byCollection: Map<string, EntryFacts[]>, known: Problem[]): Problem[] {
  const problems: Problem[] = [];
  const reported = (file: string, field: string) =>
    known.some((p) => p.file === file && p.field?.split(/[.[]/)[0] === field);
  for (const [collection, list] of byCollection) {
    const fields = sharedFields[collection] ?? [];
    const defaults = new Map(
      list
        .filter((e) => e.id.startsWith(`${defaultLocale}/`))
        .map((e) => [e.id.slice(defaultLocale.length + 1), e]),
    );
    for (const e of list) {
      const [lang, fileId, ...rest] = e.id.split('/');
      const twin = defaults.get(fileId!);
      if (lang === defaultLocale || rest.length > 0 || !twin || e.unread || twin.unread) continue;
      for (const field of fields) {
        if (e.invalid?.includes(field) || twin.invalid?.includes(field)) continue;
        if (reported(fileOf(e), field) || reported(fileOf(twin), field)) continue;
        if (comparable(e.data[field]) !== comparable(twin.data[field])) {
          problems.push({
            file: fileOf(e),
            field,
            message: `is ${shown(e.data[field])} here but ${shown(twin.data[field])} in the ${languageName(defaultLocale)} version ${fileOf(twin)}: both languages must have the same ${field}`,
          });
        }
      }
    }
  }
  return problems;
}

/** "line 3, title: " — where to look, before the message. */
const where = (p: Problem) => {
  const parts = [p.line !== undefined ? `line ${p.line}` : undefined, p.field].filter(Boolean);
  return parts.length ? `${parts.join(', ')}: ` : '';
};

/** The problems as one report an editor can read: grouped by file, in file and line order. */
export function formatProblems(problems: Problem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const files = byFile.size;
  const lines = [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} of the content:`,
  ];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `  ${file}`);
    const ordered = list.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const p of ordered) lines.push(`    - ${where(p)}${p.message}`);
  }
  return lines.join('\n');
}
