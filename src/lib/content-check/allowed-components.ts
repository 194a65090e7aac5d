/**
 * Components editors may import and use in a page's text. Empty for now: pages are plain text,
 * links, lists, headings and images. To offer one, build it in src/components/mdx/, add it here
 * (name as written in the page, and the end of its path), and describe it in content/README.md.
 */
export interface AllowedComponent {
  /** As used in the text: <Figure …>. */
  name: string;
  /** The end of the import path, e.g. "components/mdx/Figure.astro". */
  module: string;
}

export const allowedComponents: readonly AllowedComponent[] = [];
