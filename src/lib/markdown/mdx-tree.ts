import { mdxToMdast, type Features, type MdastNode } from 'satteri';

/**
 * The Markdown features Astro's MDX integration gives Sätteri (Astro 7's Markdown processor) with this
 * project's settings: astro.config.mjs sets neither `gfm` nor `smartypants`, so both keep Astro's default,
 * on (@astrojs/markdown-satteri, mdx/create-processor.js). Change them here and in astro.config.mjs together.
 */
export const mdxFeatures: Features = { gfm: true, smartPunctuation: true, frontmatter: true };

/**
 * Reads an MDX file (frontmatter included) into the mdast syntax tree that the page is built from, with
 * positions (1-based lines and columns of the whole file). The PDF and the content check read this one
 * tree, so page, PDF and check agree on lists, links, tables and punctuation.
 *
 * @param source the whole .mdx file as text
 * @returns the mdast root (a `yaml` node first when the file has frontmatter)
 * @throws Error with the parser's message and position when the MDX cannot be parsed
 */
export function mdxTree(source: string): MdastNode {
  return mdxToMdast(source, { features: mdxFeatures, position: true });
}
