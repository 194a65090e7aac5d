import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { locales } from '../../i18n/locales.ts';
import { collectionSchemas, type CollectionName } from '../../schemas/collections.ts';
import type { Problem } from '../content-integrity.ts';

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

/** Images and PDFs may sit anywhere in content/ for pages to show or link. */
export const assetPattern = /\.(?:pdf|png|jpe?g|webp|avif|gif|svg)$/i;
/** Left by operating systems and editors; never part of the site. */
const ignoredPattern = /^(?:\..*|Thumbs\.db|desktop\.ini)$/i;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/**
 * Every file under content/: the pages to check, and a problem for each file that is not where
 * the site can use it (pages outside da/ or en/, unknown folders, .md instead of .mdx, stray files).
 */
export function readContent(root: string): {
  entries: EntryFile[];
  assets: Set<string>;
  problems: Problem[];
  count: number;
} {
  const entries: EntryFile[] = [];
  const assets = new Set<string>();
  const problems: Problem[] = [];
  const collections = Object.keys(collectionSchemas);
  if (!existsSync(join(root, 'content'))) {
    return {
      entries,
      assets,
      problems: [
        {
          file: 'content/',
          message: 'the content folder is missing: the site has no pages to build',
        },
      ],
      count: 0,
    };
  }
  const paths = walk(join(root, 'content'), 'content').sort();

  for (const file of paths) {
    const parts = file.split('/').slice(1);
    const name = parts.at(-1)!;
    if (file === 'content/README.md') continue;
    if (assetPattern.test(name)) {
      assets.add(file);
      continue;
    }
    const isPage = /\.mdx?$/i.test(name);
    if (!isPage) {
      problems.push({
        file,
        message:
          'is not a file the site can use: content/ holds only pages (.mdx), images and PDFs. Move or delete it',
      });
      continue;
    }
    const [collection, lang, ...rest] = parts;
    if (parts.length === 1 || !collections.includes(collection!)) {
      problems.push({
        file,
        message: `is not in one of the content folders: move it to ${locales.map((l) => `content/<folder>/${l}/`).join(' or ')}, where <folder> is one of ${collections.join(', ')}`,
      });
      continue;
    }
    if (rest.length !== 1 || !(locales as readonly string[]).includes(lang!)) {
      problems.push({
        file,
        message: `is not in a language folder: move it to ${locales.map((l) => `content/${collection}/${l}/`).join(' or ')}`,
      });
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push({
        file,
        message: `must end in .mdx to be read by the site: rename it to ${name.replace(/\.mdx?$/i, '')}.mdx`,
      });
      continue;
    }
    const fileId = name.slice(0, -'.mdx'.length);
    if (!idPattern.test(fileId)) {
      const better = fileId
        .toLowerCase()
        .replace(/æ/g, 'ae')
        .replace(/ø/g, 'oe')
        .replace(/å/g, 'aa')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push({
        file,
        message: `has a file name other pages cannot refer to: use only lower-case letters a–z, digits and hyphens, e.g. rename it to ${better || 'my-page'}.mdx (in both languages)`,
      });
      continue;
    }
    const entry: EntryFile = {
      file,
      collection: collection as CollectionName,
      lang: lang!,
      fileId,
      text: undefined,
    };
    entries.push(entry);
    const decoded = decode(readFileSync(join(root, file)));
    if ('badLine' in decoded) {
      problems.push({
        file,
        line: decoded.badLine,
        message:
          'the file is not saved as UTF-8 (this line has a character in another encoding, often from Word or an old Windows editor): save the file again with the encoding "UTF-8"',
      });
    } else if (decoded.text.trim() === '') {
      problems.push({
        file,
        message:
          'the file is empty: write the settings between two lines of three dashes (---) and then the text (see content/README.md), or delete the file',
      });
    } else {
      entry.text = decoded.text;
    }
  }
  return { entries, assets, problems, count: paths.length };
}
