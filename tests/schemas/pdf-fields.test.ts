import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { partnershipSchema } from '../../src/schemas/partnership';

/** The Danish partnership entry as written, to change one field at a time. */
const entry = () => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync('content/partnership/da/partnership.mdx', 'utf8'))![1]!);
const messages = (data: unknown) => {
  const result = partnershipSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the PDF fields of the programme entry', () => {
  test('the content as written passes', () => {
    expect(messages(entry())).toEqual([]);
  });

  test.each(['../secret.pdf', '/etc/x.pdf', 'files/../../x.pdf', 'files/jwp.docx', '.hidden.pdf'])(
    'officialPdf %j is refused: it must be a PDF inside content/',
    (path) => {
      const data = entry();
      data.programmes[0].officialPdf = path;
      expect(messages(data)).toEqual(['programmes.0.officialPdf: must be the path of a PDF file inside content/, ending in .pdf, e.g. files/jwp-2017-2020.pdf']);
    },
  );

  test('a path inside content/ is accepted', () => {
    const data = entry();
    data.programmes[0].officialPdf = 'files/jwp-2017-2020.pdf';
    expect(messages(data)).toEqual([]);
  });

  test('the main programme without pdfName is refused with the name to write', () => {
    const data = entry();
    const main = data.programmes.findIndex((p: { id: string }) => p.id === data.mainProgramme);
    delete data.programmes[main].pdfName;
    expect(messages(data)).toEqual([
      `programmes.${main}.pdfName: the main programme needs "pdfName", the file name of its PDF download without .pdf, e.g. "faelles-arbejdsprogram-2017-2020"`,
    ]);
  });
});
