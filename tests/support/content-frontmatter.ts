import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A content file's settings as an editor wrote them, read with the yaml package (not the site's code). */
export const frontmatterOf = (file: string): Record<string, unknown> =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

/** The dotted paths an entry lists under `unconfirmed`, as written. */
export const unconfirmedOf = (file: string): string[] => (frontmatterOf(file)['unconfirmed'] as string[] | undefined) ?? [];
