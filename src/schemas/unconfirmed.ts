/**
 * The "unconfirmed" list of an entry names fields whose value no source confirms yet, as dotted paths
 * ("email", "address.postcode", "teams.0.email"). Pages may show such a value; machine-read outputs
 * (security.txt, JSON-LD) must leave it out until an editor removes the path from the list.
 */

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

/**
 * Whether the field at `path` is confirmed: false when the entry lists it (or a field that holds it, such as
 * "address" for "address.postcode") under "unconfirmed".
 * @param entryData an entry's data, as the collections give it
 * @param path a dotted field path, e.g. "email"
 */
export function isConfirmed(entryData: { unconfirmed?: readonly string[] | undefined }, path: string): boolean {
  return !(entryData.unconfirmed ?? []).some((u) => path === u || path.startsWith(`${u}.`));
}

/** Paths in "unconfirmed" that name no field of the entry, by their index in the list. */
export function unknownUnconfirmed(data: Record<string, unknown>): { index: number; path: string }[] {
  const list = Array.isArray(data['unconfirmed']) ? data['unconfirmed'] : [];
  return list.flatMap((path, index) =>
    typeof path === 'string' && valueAt(data, pathOf(path)) === undefined ? [{ index, path }] : [],
  );
}
