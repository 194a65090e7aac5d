import { z } from 'astro/zod';
import { found, isPlaceholder, placeholderMessage } from '../../schemas/shared.ts';
import { closest, danishNames } from '../../schemas/suggest.ts';
import type { Problem } from '../../schemas/integrity.ts';
import { valueAt } from '../../schemas/unconfirmed.ts';

/** "programmes[0].status": how the report names a field inside lists and sub-fields. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );

/** The fields allowed at a path of a schema, read through Zod's public API (.shape, .unwrap(), .element). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const unwrap = (s: z.ZodType): z.ZodType =>
    s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault ? unwrap(s.unwrap() as z.ZodType) : s;
  let at: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (at instanceof z.ZodArray && typeof key === 'number') at = at.element as z.ZodType;
    else if (at instanceof z.ZodObject) at = at.shape[String(key)] as z.ZodType | undefined;
    else return [];
    if (!at) return [];
    at = unwrap(at);
  }
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

/** Zod's names of types (issue.expected), in an editor's words. */
const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, one "- item" a line',
  object: 'a group of settings (lines of "field: value")',
  date: 'a date',
};

/** Plain words for Zod's own messages, where a schema gives none of its own. */
function fallback(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const kind = kinds[issue.expected] ?? 'another kind of value';
      if (input === undefined) return 'is missing: add it';
      return input === null ? `is empty: write ${kind}` : `must be ${kind}; found ${found(input)}`;
    }
    case 'too_big':
      return `is too long or too large: keep it to ${String(issue.maximum)}`;
    case 'too_small':
      return `is too short or too small: make it at least ${String(issue.minimum)}`;
    default:
      return issue.message;
  }
}
const isZodDefault = (message: string) =>
  /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(message);

const at = (line: number | undefined) => (line === undefined ? {} : { line });

/** Runs a collection's schema and turns every issue into a message that names the field and the fix. */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  /** Fields already reported from the text as written (impossible dates). */
  reported: ReadonlySet<string> = new Set(),
): Omit<Problem, 'file'>[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  const problems: Omit<Problem, 'file'>[] = [];
  const placeholders = new Set<string>();
  // A misspelt field is reported once, as "did you mean", not also as the field that is missing.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const known = fieldsAt(schema, path);
    for (const key of issue.keys) {
      const danish = danishNames[key.toLowerCase()];
      const near = danish && known.includes(danish) ? danish : closest(key, known);
      if (near) meant.add(fieldName([...path, near]));
      problems.push({
        field: fieldName([...path, key]),
        ...at(lineOf([...path, key])),
        message: near
          ? `unknown field; did you mean "${near}"?`
          : `unknown field: remove it, or use one of the fields allowed here: ${known.join(', ')}`,
      });
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const field = fieldName(path);
    const value = valueAt(data, path);
    if ((value === undefined && meant.has(field)) || reported.has(field)) continue;
    if (isPlaceholder(value)) {
      if (!placeholders.has(field))
        problems.push({ field, ...at(lineOf(path)), message: placeholderMessage });
      placeholders.add(field);
      continue;
    }
    // A missing field has no line of its own: point at the line of what should hold it, if any.
    const line =
      value === undefined
        ? path.length > 1
          ? lineOf(path.slice(0, -1))
          : undefined
        : lineOf(path);
    problems.push({
      field,
      ...at(line),
      message: isZodDefault(issue.message) ? fallback(issue) : issue.message,
    });
  }
  return problems;
}
