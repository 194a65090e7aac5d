import { locales } from '../i18n/locales';

/** The little the cross-file checks need to know about an entry. */
export interface EntryFacts {
  collection: string;
  /** "<locale>/<file id>" */
  id: string;
  data: { slug?: string; order?: number; related?: string[]; team?: string };
}

export interface Problem {
  /** Path relative to the repository, e.g. "content/areas/da/renewable-energy.mdx". */
  file: string;
  field?: string;
  message: string;
}

export const fileOf = (e: Pick<EntryFacts, 'collection' | 'id'>) => `content/${e.collection}/${e.id}.mdx`;

/**
 * Checks that no single schema can: every Danish file has its English twin and the reverse,
 * slugs and orders are unique per locale, and references point at entries that exist.
 */
export function checkIntegrity(entries: EntryFacts[], teamIds: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const byCollection = Map.groupBy(entries, (e) => e.collection);

  for (const [collection, list] of byCollection) {
    const idsIn = (lang: string) =>
      new Set(list.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => e.id.slice(lang.length + 1)));
    for (const e of list) {
      const [lang, ...rest] = e.id.split('/');
      if (!(locales as readonly string[]).includes(lang!) || rest.length !== 1) {
        problems.push({ file: fileOf(e), message: `the file must sit directly in content/${collection}/da/ or content/${collection}/en/` });
        continue;
      }
      for (const other of locales) {
        if (other !== lang && !idsIn(other).has(rest[0]!)) {
          problems.push({ file: fileOf(e), message: `has no twin in the other language: create content/${collection}/${other}/${rest[0]}.mdx` });
        }
      }
    }
    for (const lang of locales) {
      const mine = list.filter((e) => e.id.startsWith(`${lang}/`));
      for (const field of ['slug', 'order'] as const) {
        const seen = new Map<unknown, EntryFacts>();
        for (const e of mine) {
          const value = e.data[field];
          if (value === undefined) continue;
          const first = seen.get(value);
          if (first) {
            problems.push({ file: fileOf(e), field, message: `${field} ${JSON.stringify(value)} is already used by ${fileOf(first)}: each ${lang} entry needs its own ${field}` });
          } else seen.set(value, e);
        }
      }
      const known = new Set(mine.map((e) => e.id.slice(lang.length + 1)));
      for (const e of mine) {
        (e.data.related ?? []).forEach((ref, i) => {
          if (!known.has(ref)) {
            problems.push({ file: fileOf(e), field: `related[${i}]`, message: `"${ref}" is not an entry of content/${collection}/${lang}/: use one of ${[...known].sort().join(', ')}` });
          } else if (`${lang}/${ref}` === e.id) {
            problems.push({ file: fileOf(e), field: `related[${i}]`, message: 'an entry cannot be related to itself' });
          }
        });
        if (e.data.team !== undefined && !teamIds.includes(e.data.team)) {
          problems.push({ file: fileOf(e), field: 'team', message: `team "${e.data.team}" is not a team in content/contact/${lang}/: ${teamIds.length ? `use one of ${teamIds.join(', ')}` : 'no teams are listed there yet'}` });
        }
      }
    }
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const lines = [`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `  ${file}`);
    for (const p of list) lines.push(`    - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}
