/**
 * A reader of the `_headers` file format of Netlify and Cloudflare Pages, written for the tests from those
 * hosts' documentation and independent of the code that writes the file: an unindented line is a URL
 * pattern, the indented "Name: value" lines under it are that pattern's headers, "#" starts a comment.
 * `*` matches any run of characters (a splat) and `:name` one path segment.
 */
export interface HeaderRule {
  pattern: string;
  line: number;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file, in order. Throws with the line number on a line the format does not allow. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/')) throw new Error(`_headers line ${line}: a URL pattern must start with "/": ${raw}`);
      rules.push({ pattern: raw.trim(), line, headers: [] });
      return;
    }
    const match = raw.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!match) throw new Error(`_headers line ${line}: not "Name: value": ${raw}`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: a header before any URL pattern`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host reading the file sends for a URL path: every matching rule applies, in file order
 * (both hosts merge matching rules), so a header two rules set is sent with both values.
 */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}
