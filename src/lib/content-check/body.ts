import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { MdastNode } from 'satteri';
import { closest } from '../../schemas/suggest.ts';
import type { Problem } from '../../schemas/integrity.ts';
import { mdxTree } from '../markdown/mdx-tree.ts';
import { allowedComponents } from './allowed-components.ts';
import type { SiteMap } from './site-paths.ts';

/** What the body check needs to know about the site and the page. */
export interface BodyContext {
  root: string;
  /** The page file, relative to the repository. */
  file: string;
  /** The page's own address, to resolve relative links; undefined when its settings are broken. */
  pagePath: string | undefined;
  site: SiteMap;
}

/** The parts of the mdast tree (Sätteri's, as the page is built from) the checks read. */
interface MdxNode {
  type: string;
  children?: MdxNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/**
 * Reads a page's text with the processor and features the page is built with (mdxTree). The body keeps the
 * file's lines (its settings blanked), so every position is a line of the file.
 */
export function readBody(body: string): { tree: MdastNode } | { problem: Omit<Problem, 'file'> } {
  try {
    return { tree: mdxTree(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const [, line, column] = /^(\d+):(\d+)/.exec(reason)?.map(Number) ?? [];
    const said = reason.replace(/^\d+:\d+(?:-\d+:\d+)?: /, '');
    const after = line ? (body.split('\n')[line - 1] ?? '').slice((column ?? 1) - 1) : '';
    return {
      problem: { ...(line && { line }), message: `${explainParseError(said, after)} (MDX says: ${said})` },
    };
  }
}

/** Elements that would run code, pull in other sites or carry inline styles the site's security policy forbids. */
const forbiddenElements: Record<string, string> = {
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

/** Why an MDX parse error happened, in plain words; `after` is the text from the error's place on. */
function explainParseError(reason: string, after: string): string {
  if (/to create a comment in MDX/.test(reason))
    return 'HTML comments <!-- … --> cannot be used: write a comment as {/* … */}, or delete it';
  if (/to create a link in MDX/.test(reason) && /^<(?:[a-z][a-z0-9+.-]*:|[^\s<>@]+@)/i.test(after))
    return 'an address in angle brackets <…> cannot be used: write a link as [text](https://…) or [name@um.dk](mailto:name@um.dk)';
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason)?.[1];
  if (unclosed !== undefined)
    return `the tag <${unclosed}> is opened but never closed: close it with </${unclosed.split(' ')[0]}>, or write a tag without content as <${unclosed.split(' ')[0]} />`;
  if (/Unexpected closing (slash|tag)/.test(reason))
    return `a closing tag has no opening tag: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`;
  if (/expression|acorn/i.test(reason))
    return 'a curly brace { starts code in MDX: to write the character itself, write \\{ (and \\} for the closing one)';
  if (/before name|after name|in name|before local name|tag|after `<`/.test(reason))
    return 'a "<" starts a tag in MDX: to write the character itself, write &lt; or \\<, and check that every tag is written like <span lang="zh">…</span>';
  return 'the text cannot be read as MDX';
}

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

/** Checks a page's text: links, images and tags must be safe and lead somewhere, no placeholder is left. */
export function bodyProblems(root: MdastNode, context: BodyContext): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const tree = root as unknown as MdxNode;
  const definitions = new Map<string, string>();
  const collect = (node: MdxNode) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined)
      definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree);

  const report = (node: MdxNode, message: string) =>
    problems.push({ ...(node.position && { line: node.position.start.line }), message });

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node, report);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
          report(
            node,
            `{${node.value}} is code, which editors' pages cannot hold: to write curly braces as text, write \\{ and \\}; for a comment, write {/* … */}`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, context, report);
        break;
      case 'link':
      case 'definition':
        if (node.type === 'link' || !linkedOnlyAsImage(tree, node.identifier)) {
          const m = linkMessage(node.url ?? '', context);
          if (m) report(node, m);
        }
        break;
      case 'image':
      case 'imageReference': {
        const src = node.type === 'image' ? node.url : definitions.get(node.identifier ?? '');
        const m = imageMessage(node.alt, src, context);
        if (m) report(node, m);
        break;
      }
      case 'text': {
        // A text node may span lines: the placeholder's own line is named.
        const at = /\bTODO\b/.exec(node.value ?? '');
        if (at && node.position)
          problems.push({
            line: node.position.start.line + (node.value!.slice(0, at.index).match(/\n/g)?.length ?? 0),
            message: 'still holds the placeholder "TODO" from the template: write the real text',
          });
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** A reference definition used only by images is checked as an image, not as a link. */
function linkedOnlyAsImage(tree: MdxNode, identifier: string | undefined): boolean {
  let asImage = false;
  let asLink = false;
  const find = (node: MdxNode) => {
    if (node.identifier === identifier && node.type === 'imageReference') asImage = true;
    if (node.identifier === identifier && node.type === 'linkReference') asLink = true;
    node.children?.forEach(find);
  };
  find(tree);
  return asImage && !asLink;
}

function checkEsm(node: MdxNode, report: (node: MdxNode, message: string) => void) {
  const allowedList = allowedComponents.length
    ? `only these components may be imported: ${allowedComponents.map((c) => c.name).join(', ')}`
    : 'no components are available to editors yet';
  for (const statement of (node.value ?? '')
    .split('\n')
    .filter((l) => /^\s*(import|export)\b/.test(l))) {
    const from = /from\s+['"]([^'"]+)['"]/.exec(statement)?.[1];
    const names = /import\s+(\w+)/.exec(statement)?.[1];
    const allowed = allowedComponents.some(
      (c) => c.name === names && from !== undefined && from.endsWith(c.module),
    );
    if (allowed) continue;
    report(
      node,
      /^\s*export/.test(statement)
        ? `the line ${statement.trim()} is code, which editors' pages cannot hold: delete the line`
        : `the line ${statement.trim()} imports code, which editors' pages cannot do (${allowedList}): delete the line`,
    );
  }
}

function checkElement(
  node: MdxNode,
  context: BodyContext,
  report: (node: MdxNode, message: string) => void,
) {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  if (/^[A-Z]|\./.test(name) && !allowedComponents.some((c) => c.name === name)) {
    report(
      node,
      `${tag} is not a component editors can use${allowedComponents.length ? ` (available: ${allowedComponents.map((c) => c.name).join(', ')})` : ''}: remove it, or write the text without it`,
    );
    return;
  }
  const reason = forbiddenElements[name.toLowerCase()];
  if (reason) {
    report(node, `${tag} ${reason}: remove it`);
    return;
  }
  const attributes = new Map<string, unknown>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(
        node,
        `${tag} has an attribute written as code in { }: write attributes as name="value"`,
      );
      continue;
    }
    const attr = attribute.name;
    attributes.set(attr.toLowerCase(), attribute.value);
    if (/^on/i.test(attr)) {
      report(
        node,
        `${tag} has ${attr}="…", which would run code when a visitor uses the page; the site does not allow that: remove ${attr}="…"`,
      );
    } else if (attr.toLowerCase() === 'style') {
      report(
        node,
        `${tag} has style="…", which the site's security policy blocks: remove it; the site's own design styles the text`,
      );
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, `${tag} has ${attr}={…}, which is code: write the value in quotes, ${attr}="…"`);
    }
  }
  const href = attributes.get('href');
  if (name === 'a' && typeof href === 'string') {
    const m = linkMessage(href, context);
    if (m) report(node, m);
  }
  if (name === 'img') {
    const src = attributes.get('src');
    const alt = attributes.get('alt');
    const m = imageMessage(
      typeof alt === 'string' ? alt : undefined,
      typeof src === 'string' ? src : undefined,
      context,
    );
    if (m) report(node, m);
  }
}

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

/** Why a link is wrong, or undefined when it leads somewhere that exists. */
export function linkMessage(rawUrl: string, context: BodyContext): string | undefined {
  const url = rawUrl.trim();
  if (url === '')
    return 'a link has no address: write it as [text](/da/side/) or [text](https://…)';
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
    return `the link ${url} has an address the site cannot open: use https://…, mailto:… or a page of the site such as /da/`;

  const withoutHash = url.replace(/[?#].*$/, '');
  if (/\.mdx?$/i.test(withoutHash)) {
    const target = posix.normalize(posix.join(posix.dirname(context.file), withoutHash));
    const page = context.site.pageOfFile.get(target);
    return page
      ? `the link ${url} points at a content file, not at its page: write ${page}`
      : `the link ${url} points at a content file that does not exist: link to a page address such as /da/`;
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
  const near = closest(path, [...context.site.paths]);
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
    return `the image ${src || ''} has no text alternative (alt text) for people who cannot see it: write what the picture shows between the brackets, e.g. ![Vindmøller ved kysten](${src || '…'})`.replace(
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
  const near = closest(fragment, [...ids]);
  return `the link ${url} leads to no heading or part of ${path === context.pagePath ? 'this page' : path} (#${fragment} does not exist)${near ? `; did you mean #${near}?` : ids.size ? `: the ids there are ${[...ids].map((i) => `#${i}`).join(', ')}` : ''}`;
}
