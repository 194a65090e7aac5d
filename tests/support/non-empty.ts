/**
 * The table of a table-driven test, refused when empty: `test.for([])` makes no test at all, so a table
 * that a broken crawl or a renamed folder empties would pass in silence. Throws at collection, naming the table.
 */
export function nonEmpty<T>(table: readonly T[], what: string): T[] {
  if (table.length === 0) throw new Error(`The table of ${what} is empty: the test would pass without checking anything`);
  return [...table];
}
