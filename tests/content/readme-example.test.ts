import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { formatProblems } from '../../src/lib/content-check/report.ts';
import { contentCopy, removeCopy, repoRoot } from './project.ts';

/**
 * content/README.md §7 shows editors a report. It must be one the check prints: the mistakes it shows are made
 * in a copy of the real content, and the report of that copy must be the README's, line for line (line numbers
 * aside, since the real files change).
 */
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const readmeExample = () => {
  const readme = readFileSync(join(repoRoot, 'content/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## 7. Common errors'));
  const block = section.match(/```\n([\s\S]*?)\n```/)?.[1];
  if (!block) throw new Error('content/README.md §7 has no example report');
  return block;
};
const anyLine = (report: string) => report.replace(/line \d+/g, 'line N');

describe('content/README.md §7', () => {
  it("shows a report the check really prints for the mistakes it shows", async () => {
    const root = contentCopy('refused');
    copies.push(root);
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    edit('content/areas/da/renewable-energy.mdx', (t) =>
      t.replace(/^title:/m, 'titel:').replace(/^updated: .*$/m, 'updated: 2026-11-28'),
    );
    edit('content/areas/en/renewable-energy.mdx', (t) => `${t.trimEnd()}\n\nSee [the embassy's contact page](/en/contact).\n`);
    const result = await checkContent(root);
    expect(result.problems.length).toBe(3);
    expect(anyLine(readmeExample())).toBe(anyLine(formatProblems(result.problems)));
  });
});
