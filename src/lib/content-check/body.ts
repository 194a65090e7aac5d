import type { MdastNode } from 'satteri';
import {
  allowedComponents,
  emptyHeadings,
  forbiddenElements,
  imageMessage,
  linkMessage,
  type BodyContext,
} from '../../schemas/body-rules.ts';
import type { Problem } from '../../schemas/integrity.ts';
import { languageTagMessage } from '../../schemas/language-tag.ts';
import { mdxTree } from '../markdown/mdx-tree.ts';

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

type Report = (node: MdxNode, message: string | undefined) => void;

/** Checks a page's text: links, images and tags must be safe and lead somewhere, no placeholder is left. */
export function bodyProblems(root: MdastNode, context: BodyContext): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const tree = root as unknown as MdxNode;
  const definitions = new Map<string, string>();
  const uses = new Map<string, Set<string>>();
  const collect = (node: MdxNode) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    if (node.identifier) uses.set(node.identifier, (uses.get(node.identifier) ?? new Set()).add(node.type));
    node.children?.forEach(collect);
  };
  collect(tree);
  /** A reference definition used only by images is checked as an image, not as a link. */
  const onlyImage = (id = '') => uses.get(id)?.has('imageReference') && !uses.get(id)?.has('linkReference');
  const report: Report = (node, message) => {
    if (message) problems.push({ ...(node.position && { line: node.position.start.line }), message });
  };

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node, report);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? ''))
          report(node, `{${node.value}} is code, which editors' pages cannot hold: to write curly braces as text, write \\{ and \\}; for a comment, write {/* … */}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, context, report);
        break;
      case 'link':
      case 'definition':
        if (node.type === 'link' || !onlyImage(node.identifier)) report(node, linkMessage(node.url ?? '', context));
        break;
      case 'image':
      case 'imageReference':
        report(node, imageMessage(node.alt, node.type === 'image' ? node.url : definitions.get(node.identifier ?? ''), context));
        break;
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
  for (const { node, message } of emptyHeadings(tree)) report(node as MdxNode, message);
  return problems;
}

const componentNames = allowedComponents.map((c) => c.name).join(', ');

function checkEsm(node: MdxNode, report: Report) {
  const allowedList = componentNames ? `only these components may be imported: ${componentNames}` : 'no components are available to editors yet';
  for (const statement of (node.value ?? '').split('\n').filter((l) => /^\s*(import|export)\b/.test(l))) {
    const from = /from\s+['"]([^'"]+)['"]/.exec(statement)?.[1];
    const name = /import\s+(\w+)/.exec(statement)?.[1];
    if (allowedComponents.some((c) => c.name === name && from?.endsWith(c.module))) continue;
    report(
      node,
      /^\s*export/.test(statement)
        ? `the line ${statement.trim()} is code, which editors' pages cannot hold: delete the line`
        : `the line ${statement.trim()} imports code, which editors' pages cannot do (${allowedList}): delete the line`,
    );
  }
}

function checkElement(node: MdxNode, context: BodyContext, report: Report) {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  if (/^[A-Z]|\./.test(name) && !allowedComponents.some((c) => c.name === name))
    return report(node, `${tag} is not a component editors can use${componentNames ? ` (available: ${componentNames})` : ''}: remove it, or write the text without it`);
  const reason = forbiddenElements[name.toLowerCase()];
  if (reason) return report(node, `${tag} ${reason}: remove it`);
  const attributes = new Map<string, unknown>();
  for (const attribute of node.attributes ?? []) {
    const attr = attribute.name;
    if (attribute.type !== 'mdxJsxAttribute' || !attr) {
      report(node, `${tag} has an attribute written as code in { }: write attributes as name="value"`);
      continue;
    }
    attributes.set(attr.toLowerCase(), attribute.value);
    if (/^on/i.test(attr))
      report(node, `${tag} has ${attr}="…", which would run code when a visitor uses the page; the site does not allow that: remove ${attr}="…"`);
    else if (attr.toLowerCase() === 'style')
      report(node, `${tag} has style="…", which the site's security policy blocks: remove it; the site's own design styles the text`);
    else if (attribute.value !== null && typeof attribute.value === 'object')
      report(node, `${tag} has ${attr}={…}, which is code: write the value in quotes, ${attr}="…"`);
    else if (/^(?:lang|hreflang)$/i.test(attr) && typeof attribute.value === 'string') {
      const wrong = languageTagMessage(attr, attribute.value);
      if (wrong) report(node, `${tag} ${wrong}`);
    }
  }
  const text = (key: string) => (typeof attributes.get(key) === 'string' ? (attributes.get(key) as string) : undefined);
  if (name === 'a' && text('href') !== undefined) report(node, linkMessage(text('href')!, context));
  if (name === 'img') report(node, imageMessage(text('alt'), text('src'), context));
}
