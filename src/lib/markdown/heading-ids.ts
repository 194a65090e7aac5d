import GithubSlugger from 'github-slugger';
import type { MdastNode } from 'satteri';

/** The text of a node as the page shows it: its text, code and inline elements' text. */
const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string' && node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression'
    ? node.value
    : 'children' in node && Array.isArray(node.children)
      ? (node.children as MdastNode[]).map(textOf).join('')
      : '';

/**
 * The ids Astro gives the headings of an MDX text: github-slugger over each heading's text, one slugger per
 * document, so a repeated heading gets "-1" (as @astrojs/markdown-satteri's heading-ids plugin does).
 * An explicit id on a JSX heading (<h2 id="x">) is kept as written.
 * @param tree the mdast root from mdxTree()
 * @returns the ids in document order
 */
export function headingIds(tree: MdastNode): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') ids.push(slugger.slug(textOf(node)));
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^h[1-6]$/.test(String(node.name))) {
      const id = (node.attributes as { name?: string; value?: unknown }[]).find((a) => a.name === 'id')?.value;
      ids.push(typeof id === 'string' ? id : slugger.slug(textOf(node)));
    }
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
  };
  visit(tree);
  return ids;
}
