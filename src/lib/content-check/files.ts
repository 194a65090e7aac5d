import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { locales } from '../../i18n/locales.ts';
import { assetPattern, collectionNames, type CollectionName } from '../../schemas/collections.ts';
import type { Problem } from '../../schemas/integrity.ts';
import { idPattern } from '../../schemas/shared.ts';

/** A page of content: content/<collection>/<locale>/<id>.mdx, decoded. */
export interface EntryFile {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  collection: CollectionName;
  lang: string;
  /** The file name without .mdx. */
  fileId: string;
  /** Undefined when the file cannot be read as text; it still counts as present for pairing. */
  text: string | undefined;
}

/** Left by operating systems and editors; never part of the site. */
const ignoredPattern = /^(?:\..*|Thumbs\.db|desktop\.ini)$/i;

function walk(dir: string, rel: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (ignoredPattern.test(d.name)) return [];
    const path = posix.join(rel, d.name);
    return d.isDirectory() ? walk(join(dir, d.name), path) : [path];
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; a byte-order mark is dropped. Otherwise says where the first bad byte is. */
export function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    return { badLine: lenient.slice(0, Math.max(0, bad)).split('\n').length };
  }
}

/** Why a file under content/ cannot be a page of the site, or undefined when it can. */
function misplaced(parts: string[], name: string): string | undefined {
  const [collection, lang, ...rest] = parts;
  const folders = (c: string) => locales.map((l) => `content/${c}/${l}/`).join(' or ');
  if (!/\.mdx?$/i.test(name))
    return 'is not a file the site can use: content/ holds only pages (.mdx), images and PDFs. Move or delete it';
  if (parts.length === 1 || !(collectionNames as readonly string[]).includes(collection!))
    return `is not in one of the content folders: move it to ${folders('<folder>')}, where <folder> is one of ${collectionNames.join(', ')}`;
  if (rest.length !== 1 || !(locales as readonly string[]).includes(lang!))
    return `is not in a language folder: move it to ${folders(collection!)}`;
  if (!name.endsWith('.mdx'))
    return `must end in .mdx to be read by the site: rename it to ${name.replace(/\.mdx?$/i, '')}.mdx`;
  const fileId = name.slice(0, -'.mdx'.length);
  if (idPattern.test(fileId)) return undefined;
  const spelt = fileId.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `has a file name other pages cannot refer to: use only lower-case letters a–z, digits and hyphens${spelt ? `, e.g. rename it to ${spelt}.mdx` : ''} (in every language)`;
}

/**
 * Every page file under content/ (content/<collection>/<locale>/<id>.mdx), decoded, and a problem for each
 * file that is not where the site can use it, not UTF-8 or empty. Images and PDFs are left to the pages.
 */
export function readContent(root: string): { entries: EntryFile[]; problems: Problem[]; count: number } {
  const entries: EntryFile[] = [];
  if (!existsSync(join(root, 'content')))
    return { entries, problems: [{ file: 'content/', message: 'the content folder is missing: the site has no pages to build' }], count: 0 };
  const problems: Problem[] = [];
  const paths = walk(join(root, 'content'), 'content').sort();
  for (const file of paths) {
    const parts = file.split('/').slice(1);
    const name = parts.at(-1)!;
    if (file === 'content/README.md' || assetPattern.test(name)) continue;
    const wrong = misplaced(parts, name);
    if (wrong) {
      problems.push({ file, message: wrong });
      continue;
    }
    const entry: EntryFile = { file, collection: parts[0] as CollectionName, lang: parts[1]!, fileId: name.slice(0, -4), text: undefined };
    entries.push(entry);
    const decoded = decode(readFileSync(join(root, file)));
    if ('badLine' in decoded)
      problems.push({
        file,
        line: decoded.badLine,
        message: 'the file is not saved as UTF-8 (this line has a character in another encoding, often from Word or an old Windows editor): save the file again with the encoding "UTF-8"',
      });
    else if (decoded.text.trim() === '')
      problems.push({
        file,
        message: 'the file is empty: write the settings between two lines of three dashes (---) and then the text (see content/README.md), or delete the file',
      });
    else entry.text = decoded.text;
  }
  return { entries, problems, count: paths.length };
}
