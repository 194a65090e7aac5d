import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { defaultLocale, isLocale } from '../i18n/locales.ts';
import { examples } from './examples.ts';
import { closest } from './suggest.ts';
import { mayBeUnaddressed, nearestPage, type UnaddressedPage } from './link-targets.ts';

/**
 * The rules for what a page's text may hold and where its links and images may lead. The content check
 * (src/lib/content-check/body.ts) walks the text's tree and applies them; messages are written for editors.
 */

/** Every address a link in a page may lead to. */
export interface SiteMap {
  /** Page addresses, with their trailing slash: "/da/arbejdsprogram/vedvarende-energi/". */
  paths: Set<string>;
  /** Files served as they are, from public/: "/favicon.svg". */
  files: Set<string>;
  /** The page address of each content file, to correct links written as file paths. */
  pageOfFile: Map<string, string>;
  /** The ids each page carries (its headings, its template's elements), by page address. */
  anchors: Map<string, Set<string>>;
  /**
   * The ids of the headings of each page's own text, in order, by page address: the ids an editor can see,
   * offered when a link's "#fragment" is wrong. Without it a message offers only #top.
   */
  headings?: Map<string, string[]>;
  /**
   * Pages whose address cannot be known: their file's settings cannot be read or give no slug, or the file is
   * missing in this language (reported once, at the file or its folder). A link that may lead to one is not
   * reported as broken.
   */
  unaddressed?: UnaddressedPage[];
}

/**
 * Components editors may import and use in a page's text. Empty for now: pages are plain text, links,
 * lists, headings and images. To offer one, build it in src/components/mdx/, add it here (name as written
 * in the page, and the end of its path, e.g. "components/mdx/Figure.astro"), and describe it in content/README.md.
 */
export const allowedComponents: readonly { name: string; module: string }[] = [];

/** What the link and image rules need to know about the site and the page. */
export interface BodyContext {
  root: string;
  /** The page file, relative to the repository. */
  file: string;
  /** The page's own address, to resolve relative links; undefined when its settings are broken. */
  pagePath: string | undefined;
  /** The page's language ("da"): a suggested address stays in it; default: the first segment of pagePath. */
  lang?: string | undefined;
  site: SiteMap;
}

/** Elements that would run code, pull in other sites or carry inline styles the site's security policy forbids. */
export const forbiddenElements: Record<string, string> = {
  script: "runs code in the visitor's browser, which the site does not allow on its pages",
  style: "adds styling the site's security policy blocks: the site's own design styles every page",
  iframe: "embeds another site, which would make visitors' browsers contact it",
  frame: "embeds another site, which would make visitors' browsers contact it",
  object: 'embeds other content, which the site does not allow',
  embed: 'embeds other content, which the site does not allow',
  form: 'adds a form, which the site cannot receive',
  link: 'loads other files into the page, which the site does not allow',
  meta: "changes the page's settings, which the site sets itself",
  base: 'changes every address on the page',
};

/** "%20" and the like as the file names on disk have them; a broken escape is kept as written. */
const safeDecode = (path: string) => {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
};

const httpPattern = /^(?:https?:)?\/\//i;
const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/** A link to another site must at least be a well-formed address with a real host name. */
function webAddressMessage(url: string): string | undefined {
  let host = '';
  try {
    host = new URL(url.startsWith('//') ? `https:${url}` : url).hostname;
  } catch {
    host = '';
  }
  const valid = host !== '' && /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(host) && !/\s/.test(url);
  return valid
    ? undefined
    : `the link ${url} is not a valid web address: write it in full, like https://um.dk/`;
}

/** The page's language, for the messages' examples: context.lang, else pagePath's first segment, else the default. */
const languageOf = (context: BodyContext) => {
  const lang = context.lang ?? context.pagePath?.split('/')[1];
  return isLocale(lang) ? lang : defaultLocale;
};

/** Why a link is wrong, or undefined when it leads somewhere that exists. */
export function linkMessage(rawUrl: string, context: BodyContext): string | undefined {
  const url = rawUrl.trim();
  const home = `/${languageOf(context)}/`;
  if (url === '')
    return `a link has no address: write it as [text](${home}) or [text](https://…)`;
  if (url.startsWith('#')) return fragmentMessage(url, context.pagePath, context);
  if (/^[a-z]:\\|^\\\\|^file:/i.test(url))
    return `the link ${url} points at a file on your own computer: link to a page of the site, or put the file in content/files/ and link to that`;
  const scheme = schemePattern.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript')
    return `the link ${url} would run code, which the site does not allow: link to a page instead`;
  if (scheme === 'http' || scheme === 'https' || httpPattern.test(url))
    return webAddressMessage(url);
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(url)
      ? undefined
      : `the link ${url} is not an e-mail address: write it like mailto:name@um.dk`;
  if (scheme === 'tel')
    return /^tel:\+?[\d ()-]{6,}$/.test(url)
      ? undefined
      : `the link ${url} is not a phone number: write it like tel:+861085329900`;
  if (scheme)
    return `the link ${url} has an address the site cannot open: use https://…, mailto:… or a page of the site such as ${home}`;

  const withoutHash = url.replace(/[?#].*$/, '');
  if (/\.mdx?$/i.test(withoutHash)) {
    const target = posix.normalize(posix.join(posix.dirname(context.file), withoutHash));
    const page = context.site.pageOfFile.get(target);
    return page
      ? `the link ${url} points at a content file, not at its page: write ${page}`
      : `the link ${url} points at a content file that does not exist: link to a page address such as ${home}`;
  }
  let path: string;
  try {
    path = safeDecode(
      new URL(withoutHash, `https://site.invalid${context.pagePath ?? '/'}`).pathname,
    );
  } catch {
    return `the link ${url} is not a valid address`;
  }
  if (context.site.files.has(path)) return undefined;
  if (context.site.paths.has(path)) return fragmentMessage(url, path, context);
  if (context.site.paths.has(`${path}/`))
    return `the link ${url} lacks the "/" at the end: write ${withoutHash}/`;
  if (mayBeUnaddressed(path, context.site.unaddressed ?? [])) return undefined;
  const near = nearestPage(path, context.site.paths, context.lang ?? context.pagePath?.split('/')[1]);
  return `the link ${url} leads to no page of the site (${path} does not exist)${near ? `; did you mean ${near}?` : ': check the address on the published page'}`;
}

/** Why an image is wrong, or undefined when it has a text alternative and its file exists. */
export function imageMessage(
  alt: string | null | undefined,
  rawSrc: string | undefined,
  context: BodyContext,
): string | undefined {
  const src = (rawSrc ?? '').trim();
  if (!alt || alt.trim() === '') {
    return `the image ${src || ''} has no text alternative (alt text) for people who cannot see it: write what the picture shows between the brackets, e.g. ![${examples[languageOf(context)].imageAlt}](${src || '…'})`.replace(
      '  ',
      ' ',
    );
  }
  if (src === '')
    return "the image has no file: write the file's path in the parentheses, e.g. ![…](../../files/vindmoeller.jpg)";
  if (httpPattern.test(src) || schemePattern.test(src)) {
    return `the image ${src} is on another site, which visitors' browsers would then contact: save the picture in content/files/ and use its path, e.g. ../../files/picture.jpg`;
  }
  const clean = safeDecode(src.replace(/[?#].*$/, ''));
  const repoPath = clean.startsWith('/')
    ? posix.join('public', clean)
    : posix.normalize(posix.join(posix.dirname(context.file), clean));
  const onDisk = join(context.root, repoPath);
  if (repoPath.startsWith('..') || !existsSync(onDisk) || !statSync(onDisk).isFile()) {
    return `the image ${src} does not exist (looked for ${repoPath}): check the file name and folder; pictures belong in content/files/, written from this page as ../../files/<name>`;
  }
  return undefined;
}

/**
 * A link's "#fragment" must name an id the target page carries: a heading of its text or an element of its
 * template. "#top" always leads to the top of the page (HTML's rule for navigating to a fragment).
 */
function fragmentMessage(url: string, path: string | undefined, context: BodyContext): string | undefined {
  const fragment = safeDecode(/#(.*)$/.exec(url)?.[1] ?? '');
  const ids = path === undefined ? undefined : context.site.anchors.get(path);
  if (fragment === '' || fragment.toLowerCase() === 'top' || ids === undefined || ids.has(fragment)) return undefined;
  // Only what an editor can see is offered: the headings of the page's text, and #top; the template's ids
  // ("#content", "#header-search-q") still count as targets but mean nothing to an editor.
  const listed = path === undefined ? undefined : context.site.headings?.get(path);
  const headings = listed ?? [];
  const near = closest(fragment, [...headings, 'top']);
  const offered = headings.length
    ? `: the headings there are ${headings.map((i) => `#${i}`).join(', ')}, and #top leads to the top of the page`
    : `${listed ? ': its text has no headings' : ''}; #top leads to the top of the page`;
  return `the link ${url} leads to no heading or part of ${path === context.pagePath ? 'this page' : path} (#${fragment} does not exist)${near ? `; did you mean #${near}?` : offered}`;
}

/** A node of a page's Markdown tree (mdast with MDX), as far as the heading rule reads it. */
export interface BlockNode {
  type: string;
  value?: string | null;
  depth?: number;
  name?: string | null;
  children?: BlockNode[];
}

/** A comment written as {/* … *\/}: shows nothing on the page. */
const isComment = (node: BlockNode) => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
/** Whether a block shows anything a visitor can read: text, code or a picture (an empty list item shows nothing). */
const showsSomething = (node: BlockNode): boolean =>
  (['text', 'inlineCode', 'code'].includes(node.type) && (node.value ?? '').trim() !== '') ||
  node.type === 'image' || node.type === 'imageReference' || (node.type.startsWith('mdxJsx') && node.name === 'img') ||
  (node.children ?? []).some(showsSomething);
const textOf = (node: BlockNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/**
 * A heading must head something: text before the next heading of its level or higher and before the end of
 * the page (a deeper heading starts its own part, checked in turn). An empty one reads as a promise broken.
 */
export function emptyHeadings(tree: BlockNode): { node: BlockNode; message: string }[] {
  const found: { node: BlockNode; message: string }[] = [];
  const blocks = (tree.children ?? []).filter((node) => node.type !== 'definition' && !isComment(node));
  blocks.forEach((heading, i) => {
    if (heading.type !== 'heading') return;
    const next = blocks.slice(i + 1).findIndex((node) => node.type === 'heading');
    const under = next === -1 ? blocks.slice(i + 1) : blocks.slice(i + 1, i + 1 + next);
    const following = next === -1 ? undefined : blocks[i + 1 + next]!;
    if (under.some(showsSomething) || (following && (following.depth ?? 0) > (heading.depth ?? 0))) return;
    found.push({ node: heading, message: `the heading "${textOf(heading).trim()}" has no text under it${following ? ` before the heading "${textOf(following).trim()}"` : ' at the end of the page'}: write the text, or delete the heading` });
  });
  return found;
}
