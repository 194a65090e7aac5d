import { z } from 'astro/zod';
import { defaultLocale } from '../i18n/locales.ts';
import { examples, type Examples } from './examples.ts';
import { statuses } from './vocabulary.ts';
import {
  expected,
  unknownFields,
  id,
  isoDate,
  oneOf,
  partialDate,
  period,
  slugOf,
  text,
  sourcesFor,
  unconfirmed,
} from './shared.ts';
import { summaryFor } from './areas.ts';

/** A phase of the joint work programme, planned, running or past. */
const programmeFor = (ex: Examples) => z
  .strictObject(
    {
      /** Stable id, used for "supersededBy", e.g. "jwp-2017-2020". */
      id,
      /** Its name, e.g. "Det fælles arbejdsprogram 2017–2020". */
      name: text(120, `name: ${ex.programmeName}`),
      period,
      status: oneOf(statuses, 'status'),
      /** One sentence: the programme page's description and lead. */
      summary: summaryFor(ex),
      /** Id of the programme that replaced this one, when status is "superseded". */
      supersededBy: id.optional(),
      /** One or two sentences on what it is and what became of it. */
      text: text(600, `text: ${ex.programmeText}`),
      /** A signed official PDF placed in content/, e.g. "files/jwp-2017-2020.pdf", linked instead of the generated one. */
      officialPdf: z
        .string({
          error: expected(
            'the path of a PDF file in content/',
            'officialPdf: files/jwp-2017-2020.pdf',
          ),
        })
        // Folders and names of letters, digits, "-", "_" and "."; no "..", no leading "/": the file stays in content/.
        .regex(/^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.pdf$/i, {
          error:
            'must be the path of a PDF file inside content/, ending in .pdf, e.g. files/jwp-2017-2020.pdf',
        })
        .optional(),
      /** Name for the generated PDF download, without .pdf, e.g. "faelles-arbejdsprogram-2017-2020". */
      pdfName: slugOf(ex.pdfName).optional(),
    },
    {
      error: expected(
        'a programme with id, name, period, status, summary and text lines',
        '- id: jwp-2017-2020',
      ),
    },
  )
  .refine((p) => p.status !== 'superseded' || p.supersededBy !== undefined, {
    error: 'a superseded programme needs "supersededBy": the id of the programme that replaced it',
    path: ['supersededBy'],
  });

/** A dated event drawn on the timeline. */
const milestoneFor = (ex: Examples) => z.strictObject(
  {
    date: partialDate,
    title: text(90, `title: ${ex.milestoneTitle}`),
    text: text(300, `text: ${ex.milestoneText}`),
  },
  { error: expected('a milestone with date, title and text lines', '- date: "2008-10"') },
);

/** The partnership page, its work-programme phases and its timeline. One entry per language; messages' examples in the language of `ex`. */
export const partnershipSchemaFor = (ex: Examples) => z
  .strictObject(
    {
      title: text(90, `title: ${ex.partnershipTitle}`),
      slug: slugOf(ex.slug),
      summary: summaryFor(ex),
      updated: isoDate,
      /** Id of the programme whose areas the site lists and whose PDF it offers. */
      mainProgramme: id,
      programmes: z
        .array(programmeFor(ex), {
          error: expected(
            'a list of programmes, each starting with "- id:"',
            '- id: jwp-2017-2020',
          ),
        })
        .min(1, { error: 'needs at least one programme' }),
      milestones: z
        .array(milestoneFor(ex), {
          error: expected(
            'a list of milestones, each starting with "- date:"',
            '- date: "2008-10"',
          ),
        })
        .min(1, { error: 'needs at least one milestone' }),
      /** Where the facts come from (see shared.ts). */
      sources: sourcesFor(ex),
      /** Fields no source confirms yet (see shared.ts). */
      unconfirmed: unconfirmed.optional(),
    },
    { error: unknownFields },
  )
  .superRefine((data, ctx) => {
    const ids = data.programmes.map((p) => p.id);
    if (!ids.includes(data.mainProgramme)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mainProgramme'],
        message: `"${data.mainProgramme}" is not one of the programmes: use one of ${ids.join(', ')}`,
      });
    }
    const main = data.programmes.findIndex((p) => p.id === data.mainProgramme);
    if (main >= 0 && data.programmes[main]!.pdfName === undefined) {
      ctx.addIssue({ code: 'custom', path: ['programmes', main, 'pdfName'], message: `the main programme needs "pdfName", the file name of its PDF download without .pdf, e.g. "${ex.pdfName}"` });
    }
    data.programmes.forEach((p, i) => {
      if (p.supersededBy && !ids.includes(p.supersededBy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['programmes', i, 'supersededBy'],
          message: `"${p.supersededBy}" is not one of the programmes: use one of ${ids.join(', ')}`,
        });
      }
    });
  });

/** The schema Astro loads the partnership pages with: the default language's messages. */
export const partnershipSchema = partnershipSchemaFor(examples[defaultLocale]);

export type PartnershipData = z.infer<typeof partnershipSchema>;
export type Programme = PartnershipData['programmes'][number];
export type Milestone = PartnershipData['milestones'][number];
