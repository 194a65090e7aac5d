import type { Problem } from '../../schemas/integrity.ts';

/** "line 3, title: " — where to look, before the message. */
const where = (p: Problem) => {
  const parts = [p.line !== undefined ? `line ${p.line}` : undefined, p.field].filter(Boolean);
  return parts.length ? `${parts.join(', ')}: ` : '';
};

/** The problems as one report an editor can read: grouped by file, in file and line order. */
export function formatProblems(problems: Problem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const files = byFile.size;
  const lines = [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} of the content:`,
  ];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `  ${file}`);
    for (const p of list.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)))
      lines.push(`    - ${where(p)}${p.message}`);
  }
  return lines.join('\n');
}

/**
 * Warnings (a status about to expire) and notices (values to confirm before publishing), one a line:
 * "warning: content/… line 31, programmes[2].status: …", "to confirm before publishing: content/… line 12: email".
 */
export function formatNotes(notes: Problem[]): string[] {
  return notes.map((n) =>
    n.level === 'notice'
      ? `to confirm before publishing: ${n.file}${n.line ? ` line ${n.line}` : ''}: ${n.field}`
      : `warning: ${n.file} ${where(n).slice(0, -2)}: ${n.message}`,
  );
}

/** What a refusal says first, and the command that tries again, for each moment the check runs. */
const moments = {
  build: { stopped: 'The build stopped', after: '(nothing was built)', again: 'npm run build' },
  'dev-start': { stopped: 'The development server did not start', after: '', again: 'npm run dev' },
  'dev-change': { stopped: 'The pages cannot be shown', after: '(the browser shows this report)', again: '' },
};

/**
 * The message of a refused build, dev start or content change while the dev server runs: a first line saying
 * what stopped and why, the report (every problem, grouped by file, with line and field), what to do, then
 * warnings and values to confirm.
 * @param moment when the check refused
 * @param result with at least one problem
 * @returns plain text, one problem a line
 */
export function refusalMessage(moment: keyof typeof moments, result: { problems: Problem[]; notes: Problem[] }): string {
  const { stopped, after, again } = moments[moment];
  const count = result.problems.length;
  const problems = count === 1 ? '1 problem was' : `${count} problems were`;
  const notes = formatNotes(result.notes);
  return [
    `${stopped} because ${problems} found in the content${after ? ` ${after}` : ''}.`,
    '',
    formatProblems(result.problems),
    '',
    'What to do: put each line above right in the file it names, at the line and field it names.',
    again
      ? `Then run "npm run check:content" (it checks the content in seconds); once it says "The content is fine", run "${again}" again.`
      : 'Each saved file is checked again; the pages come back once the content is fine.',
    'content/README.md explains every field and the common errors.',
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}
