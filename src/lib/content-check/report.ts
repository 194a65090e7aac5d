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
