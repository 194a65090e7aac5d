import { defaultLocale, locales } from '../i18n/locales.ts';
import { collectionSchemas, singletonCollections, type CollectionName } from './collections.ts';

/**
 * The rules no single file can check: every entry exists in every language, the twins agree on what does
 * not depend on language, slugs and orders are unique per language, singletons are single, and references
 * (related, team) point at entries that exist. Used by the content check and by the build's page table.
 */

/** The little the cross-file rules need to know about an entry. */
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
  /** Undefined for an error (the build stops); a warning or a notice is reported and the build goes on. */
  level?: 'warning' | 'notice';
}

/** Fields the cross-file rules read. */
const read = ['slug', 'order', 'related', 'team', 'teams', 'sector', 'status', 'period'] as const;

/**
 * An entry's facts from its raw settings: each field the rules read is kept only when the collection's
 * own schema accepts it (a wrong one is reported by the schema, and listed as invalid here).
 */
export function factsOf(collection: CollectionName, id: string, data: unknown): EntryFacts {
  const shape = collectionSchemas[collection].shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const field of read) {
    if (!(field in raw) || !shape[field]) continue;
    const parsed = shape[field].safeParse(raw[field]);
    if (parsed.success) kept[field] = parsed.data;
    else invalid.push(field);
  }
  return { collection, id, data: kept, invalid, unread: data === undefined };
}

export const fileOf = (e: Pick<EntryFacts, 'collection' | 'id'>) => `content/${e.collection}/${e.id}.mdx`;

/** A language's English name for the editors' messages ("Danish", "Chinese"), from Intl rather than a list of our own. */
export const languageName = (lang: string) => new Intl.DisplayNames('en', { type: 'language' }).of(lang) ?? lang;

/** Fields that do not depend on the language: every language's file must agree on them. */
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

/** Every file using the same value of `field` in one language is told which others use it. */
function duplicates(mine: EntryFacts[], field: 'slug' | 'order', lang: string): Problem[] {
  const users = Map.groupBy(mine.filter((e) => e.data[field] !== undefined), (e) => e.data[field]);
  return [...users].flatMap(([value, same]) =>
    same.length < 2
      ? []
      : same.map((e) => ({
          file: fileOf(e),
          field,
          message: `${JSON.stringify(value)} is also used by ${same.filter((o) => o !== e).map(fileOf).join(' and ')}: give each ${languageName(lang)} file its own ${field}`,
        })),
  );
}

/**
 * Checks the rules across files. `teamIds` is used only when `entries` holds no contact entry to read the
 * teams from; `langs` are the site's languages (src/i18n/locales.ts).
 */
export function checkIntegrity(
  entries: EntryFacts[],
  teamIds: readonly string[] = [],
  langs: readonly string[] = locales,
): Problem[] {
  const problems: Problem[] = [];
  const byCollection = Map.groupBy(entries, (e) => e.collection);
  const contacts = byCollection.get('contact') ?? [];
  const teamsIn = (lang: string): readonly string[] =>
    contacts.length === 0
      ? teamIds
      : contacts.filter((c) => c.id.startsWith(`${lang}/`)).flatMap((c) => (c.data.teams ?? []).map((t) => t.id));
  // A contact file whose settings or teams cannot be read lists teams no one knows: its own problem is reported,
  // and no area is told that its team is not there.
  const teamsUnknown = (lang: string) =>
    contacts.some((c) => c.id.startsWith(`${lang}/`) && (c.unread || c.invalid?.includes('teams')));

  for (const [collection, list] of byCollection) {
    const has = new Set(list.map((e) => e.id));
    for (const e of list) {
      const [lang, ...rest] = e.id.split('/');
      if (!langs.includes(lang!) || rest.length !== 1) {
        problems.push({
          file: fileOf(e),
          message: `is in the wrong folder: every file must sit directly in ${langs.map((l) => `content/${collection}/${l}/`).join(' or ')}`,
        });
        continue;
      }
      for (const other of langs.filter((l) => l !== lang && !has.has(`${l}/${rest[0]}`)))
        problems.push({
          file: fileOf(e),
          message: `has no ${languageName(other)} version: create content/${collection}/${other}/${rest[0]}.mdx (every page needs a file with the same name in each language: ${langs.join(', ')})`,
        });
    }
    for (const lang of langs) {
      const mine = list.filter((e) => e.id.startsWith(`${lang}/`));
      if (singletonCollections.includes(collection as CollectionName) && mine.length > 1)
        // Reported on each: any of them may be the one added by mistake.
        for (const e of mine)
          problems.push({
            file: fileOf(e),
            message: `content/${collection}/${lang}/ must hold exactly one file, but ${mine.filter((o) => o !== e).map(fileOf).join(' and ')} is there too: keep one and delete or merge the other`,
          });
      problems.push(...duplicates(mine, 'slug', lang), ...duplicates(mine, 'order', lang));
      const known = new Set(mine.map((e) => e.id.slice(lang.length + 1)));
      // A file that exists in another language but not this one is reported once, as a missing version;
      // the entries naming it in `related` are not told again.
      const elsewhere = new Set(list.map((e) => e.id.split('/').slice(1).join('/')));
      const teams = teamsIn(lang);
      for (const e of mine) {
        (e.data.related ?? []).forEach((ref, i) => {
          const message = !known.has(ref)
            ? elsewhere.has(ref)
              ? undefined
              : `"${ref}" is not a file in content/${collection}/${lang}/: use a file name without .mdx, one of ${[...known].sort().join(', ')}`
            : `${lang}/${ref}` === e.id
              ? 'an entry cannot be related to itself: remove it from the list'
              : undefined;
          if (message) problems.push({ file: fileOf(e), field: `related[${i}]`, message });
        });
        if (e.data.team !== undefined && !teams.includes(e.data.team) && !teamsUnknown(lang))
          problems.push({
            file: fileOf(e),
            field: 'team',
            message: `"${e.data.team}" is not a team in content/contact/${lang}/: ${teams.length ? `use one of ${teams.join(', ')}` : 'no teams are listed there yet, so add the team under "teams" there first or remove this line'}`,
          });
        const seen = new Set<string>();
        (e.data.teams ?? []).forEach((t, i) => {
          if (seen.has(t.id))
            problems.push({ file: fileOf(e), field: `teams[${i}].id`, message: `"${t.id}" is used by two teams: give each team its own id` });
          seen.add(t.id);
        });
      }
    }
  }
  problems.push(...twinDifferences(byCollection, problems));
  return problems;
}

/** Fields every language's version must agree on, compared once both are readable and valid. */
function twinDifferences(byCollection: Map<string, EntryFacts[]>, known: Problem[]): Problem[] {
  const problems: Problem[] = [];
  const reported = (file: string, field: string) =>
    known.some((p) => p.file === file && p.field?.split(/[.[]/)[0] === field);
  for (const [collection, list] of byCollection) {
    const fields = sharedFields[collection] ?? [];
    const defaults = new Map(
      list.filter((e) => e.id.startsWith(`${defaultLocale}/`)).map((e) => [e.id.slice(defaultLocale.length + 1), e]),
    );
    for (const e of list) {
      const [lang, fileId, ...rest] = e.id.split('/');
      const twin = defaults.get(fileId!);
      if (lang === defaultLocale || rest.length > 0 || !twin || e.unread || twin.unread) continue;
      for (const field of fields) {
        if (e.invalid?.includes(field) || twin.invalid?.includes(field)) continue;
        if (reported(fileOf(e), field) || reported(fileOf(twin), field)) continue;
        if (comparable(e.data[field]) !== comparable(twin.data[field]))
          problems.push({
            file: fileOf(e),
            field,
            message: `is ${shown(e.data[field])} here but ${shown(twin.data[field])} in the ${languageName(defaultLocale)} version ${fileOf(twin)}: every language must have the same ${field}`,
          });
      }
    }
  }
  return problems;
}
