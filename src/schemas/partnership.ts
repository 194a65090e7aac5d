import { z } from 'astro/zod';
import { statuses } from './vocabulary';
import { id, isoDate, partialDate, period, slug, text } from './shared';
import { summaryMax } from './areas';

/** A phase of the joint work programme, planned, running or past. */
const programme = z
  .strictObject({
    /** Stable id, used for "supersededBy", e.g. "jwp-2017-2020". */
    id,
    /** Its name, e.g. "Det fælles arbejdsprogram 2017–2020". */
    name: text('name', 120),
    period,
    status: z.enum(statuses, { error: `status must be one of: ${statuses.join(', ')}` }),
    /** One sentence: the programme page's description and lead. */
    summary: text('summary', summaryMax),
    /** Id of the programme that replaced this one, when status is "superseded". */
    supersededBy: id.optional(),
    /** One or two sentences on what it is and what became of it. */
    text: text('text', 600),
    /** A signed official PDF placed in content/, e.g. "files/jwp-2017-2020.pdf", linked instead of the generated one. */
    officialPdf: z
      .string({ error: 'officialPdf must be a path in quotes, e.g. "files/jwp-2017-2020.pdf"' })
      // Folders and names of letters, digits, "-", "_" and "."; no "..", no leading "/": the file stays in content/.
      .regex(/^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.pdf$/i, {
        error: 'officialPdf must be a path inside content/ ending in .pdf, e.g. "files/jwp-2017-2020.pdf"',
      })
      .optional(),
    /** Name for the generated PDF download, without .pdf, e.g. "faelles-arbejdsprogram-2017-2020". */
    pdfName: slug.optional(),
  })
  .refine((p) => p.status !== 'superseded' || p.supersededBy !== undefined, {
    error: 'a superseded programme needs "supersededBy": the id of the programme that replaced it',
    path: ['supersededBy'],
  });

/** A dated event drawn on the timeline. */
const milestone = z.strictObject({
  date: partialDate,
  title: text('title', 90),
  text: text('text', 300),
});

/** The partnership page, its work-programme phases and its timeline. One entry per language. */
export const partnershipSchema = z
  .strictObject({
    title: text('title', 90),
    slug,
    summary: text('summary', summaryMax),
    updated: isoDate,
    /** Id of the programme whose areas the site lists and whose PDF it offers. */
    mainProgramme: id,
    programmes: z.array(programme).min(1, { error: 'programmes needs at least one programme' }),
    milestones: z.array(milestone).min(1, { error: 'milestones needs at least one milestone' }),
  })
  .superRefine((data, ctx) => {
    const ids = data.programmes.map((p) => p.id);
    if (!ids.includes(data.mainProgramme)) {
      ctx.addIssue({ code: 'custom', path: ['mainProgramme'], message: `mainProgramme "${data.mainProgramme}" is not one of the programmes: ${ids.join(', ')}` });
    }
    const main = data.programmes.findIndex((p) => p.id === data.mainProgramme);
    if (main >= 0 && data.programmes[main]!.pdfName === undefined) {
      ctx.addIssue({ code: 'custom', path: ['programmes', main, 'pdfName'], message: 'the main programme needs "pdfName", the file name of its PDF download without .pdf, e.g. "faelles-arbejdsprogram-2017-2020"' });
    }
    data.programmes.forEach((p, i) => {
      if (p.supersededBy && !ids.includes(p.supersededBy)) {
        ctx.addIssue({ code: 'custom', path: ['programmes', i, 'supersededBy'], message: `supersededBy "${p.supersededBy}" is not one of the programmes: ${ids.join(', ')}` });
      }
    });
  });

export type PartnershipData = z.infer<typeof partnershipSchema>;
export type Programme = PartnershipData['programmes'][number];
export type Milestone = PartnershipData['milestones'][number];
