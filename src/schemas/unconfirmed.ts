/**
 * Values that no source confirms yet. An entry lists them in its `unconfirmed` field as dotted paths
 * into its frontmatter ("email", "address.postcode"); see `unconfirmed` in shared.ts. Machine-read
 * outputs (security.txt, the JSON-LD structured data) ask `isConfirmed` before they carry a value, so a
 * guess such as the embassy's e-mail (FACTS.md: "unconfirmed") is never handed to machines as fact.
 */

/** What the helpers need of an entry's data: only its `unconfirmed` list, if any. */
export interface MayHoldUnconfirmed {
  unconfirmed?: readonly string[] | undefined;
}

/**
 * Whether the value at `path` (dotted, e.g. "address.postcode") may be treated as confirmed: false when
 * the path itself or any path above it is listed in `data.unconfirmed` ("address" covers
 * "address.postcode"), true otherwise, also when the entry has no `unconfirmed` list. A path below a
 * listed one is not covered the other way round: listing "address.postcode" leaves "address.street"
 * confirmed. Never throws.
 */
export function isConfirmed(data: MayHoldUnconfirmed, path: string): boolean {
  return !(data.unconfirmed ?? []).some((listed) => path === listed || path.startsWith(`${listed}.`));
}

/** One value an output left out because it is unconfirmed: where it is written, and where it was left out. */
export interface LeftOut {
  /** The content file, relative to the repository: "content/contact/da/embassy.mdx". */
  file: string;
  /** The dotted frontmatter path, e.g. "email". */
  field: string;
  /** The output that did not carry it, e.g. "security.txt" or "JSON-LD on /da/kontakt/". */
  output: string;
}

/** The build's log line for a value left out: "<output>: left out email of content/…/embassy.mdx (unconfirmed)". */
export const leftOutLine = ({ file, field, output }: LeftOut): string =>
  `${output}: left out ${field} of ${file}, which is marked unconfirmed (remove it from "unconfirmed" once an editor has confirmed it)`;

/** Writes one line per value left out to the build's log (stderr), so the build says what it did not publish. */
export function logLeftOut(values: readonly LeftOut[]): void {
  // Astro writes the page being built without a line end: start on a line of our own.
  if (values.length > 0) console.warn(`\n${values.map((v) => `[unconfirmed] ${leftOutLine(v)}`).join('\n')}`);
}

/** "address.postcode" → ["address", "postcode"]; "teams.0.email" → ["teams", 0, "email"] */
export const pathOf = (dotted: string): PropertyKey[] =>
  dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The value at a path of the entry's data, or undefined when there is none. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** Paths in "unconfirmed" that name no field of the entry, by their index in the list. */
export function unknownUnconfirmed(data: Record<string, unknown>): { index: number; path: string }[] {
  const list = Array.isArray(data['unconfirmed']) ? data['unconfirmed'] : [];
  return list.flatMap((path, index) =>
    typeof path === 'string' && valueAt(data, pathOf(path)) === undefined ? [{ index, path }] : [],
  );
}
