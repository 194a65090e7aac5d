import { describe, expect, it } from 'vitest';
import { areaSchema } from '../../src/schemas/areas';
import { partnershipSchema } from '../../src/schemas/partnership';
import { contactSchema } from '../../src/schemas/contact';
import { pageSchema } from '../../src/schemas/pages';

const area = {
  sources: ['Ambassadens side om Danmarks grønne samarbejde med Kina'],
  title: 'Vedvarende energi',
  slug: 'vedvarende-energi',
  summary: 'Danmark og Kina samarbejder om vedvarende energi.',
  sector: 'energy',
  keywords: ['energi', 'vedvarende energi'],
  order: 1,
  updated: '2026-11-28',
};

/** The messages of a failed parse, each prefixed with its field path. */
function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success, 'the sample should be refused').toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('area schema', () => {
  it('accepts an area with only the required fields', () => {
    expect(areaSchema.safeParse(area).success).toBe(true);
  });

  it('requires sources: where the facts come from', () => {
    const { sources: _, ...without } = area;
    expect(errorsOf(areaSchema, without)).toEqual(['sources: is missing: add it, e.g. ["Xinhua, 18. august 2023"]']);
  });

  it('accepts every optional field when well formed', () => {
    const full = { ...area, partners: ['Energistyrelsen'], period: { start: 2017, end: 2020 }, status: 'concluded', related: ['energy-efficiency'], team: 'energy' };
    expect(areaSchema.safeParse(full).success).toBe(true);
  });

  it('refuses a misspelt field instead of dropping it', () => {
    const { title, ...rest } = area;
    expect(errorsOf(areaSchema, { ...rest, titel: title }).join('\n')).toMatch(/titel/);
  });

  it('says which required field is missing', () => {
    const { summary: _summary, ...rest } = area;
    expect(errorsOf(areaSchema, rest)[0]).toMatch(/^summary: is missing: add it, e\.g\. summary: /);
  });

  it('refuses an empty title', () => {
    expect(errorsOf(areaSchema, { ...area, title: '   ' })[0]).toMatch(/^title: is empty: write the text/);
  });

  it('refuses a summary too long for a meta description', () => {
    expect(errorsOf(areaSchema, { ...area, summary: 'x'.repeat(161) })[0]).toMatch(/^summary: is 161 characters long.*160 or fewer/);
  });

  it('refuses a sector outside the closed list and names the allowed ones', () => {
    expect(errorsOf(areaSchema, { ...area, sector: 'energi' })[0]).toMatch(/^sector: "energi" is not a sector: use one of energy, urban.*did you mean "energy"/);
  });

  it('refuses dates that are malformed or not on the calendar', () => {
    expect(errorsOf(areaSchema, { ...area, updated: '28-11-2026' })[0]).toMatch(/^updated: .*YYYY-MM-DD/);
    expect(errorsOf(areaSchema, { ...area, updated: '2026-02-30' })).toEqual(['updated: "2026-02-30" is not a possible date: month 2 of 2026 has no day 30']);
    expect(errorsOf(areaSchema, { ...area, updated: '2026-13-01' })).toEqual(['updated: "2026-13-01" is not a possible date: there is no month 13']);
    expect(errorsOf(areaSchema, { ...area, updated: '0026-01-01' })).toEqual(['updated: "0026-01-01" is not a possible date: the year must be from 1900 to 2100']);
  });

  it('refuses a slug with Danish letters or spaces', () => {
    expect(errorsOf(areaSchema, { ...area, slug: 'grøn energi' })[0]).toMatch(/^slug: /);
  });

  it('refuses an order that is not a whole number from 1', () => {
    expect(errorsOf(areaSchema, { ...area, order: 1.5 })[0]).toMatch(/^order: /);
    expect(errorsOf(areaSchema, { ...area, order: 0 })[0]).toMatch(/^order: /);
  });

  it('refuses a period that ends before it starts', () => {
    expect(errorsOf(areaSchema, { ...area, period: { start: 2020, end: 2017 } }).join()).toMatch(/end must not come before start/);
  });
});

const contact = {
  sources: ['Ambassadens side om Danmarks grønne samarbejde med Kina'],
  title: 'Kontakt',
  slug: 'kontakt',
  summary: 'Sådan kontakter du ambassaden.',
  updated: '2026-11-28',
  name: 'Ambassaden i Beijing',
  phone: { dial: '+861085329900', display: '+86 (10) 8532 9900' },
  email: 'pekamb@um.dk',
};

describe('contact schema', () => {
  it('accepts the embassy with phone and e-mail', () => {
    expect(contactSchema.safeParse(contact).success).toBe(true);
  });

  it('refuses an e-mail address without a domain', () => {
    expect(errorsOf(contactSchema, { ...contact, email: 'pekamb' })[0]).toMatch(/^email: "pekamb" is not an e-mail address/);
  });

  it('refuses a phone number that cannot be dialled', () => {
    expect(errorsOf(contactSchema, { ...contact, phone: { dial: '86 10 8532 9900', display: '+86 (10) 8532 9900' } })[0]).toMatch(/^phone.dial: /);
    expect(errorsOf(contactSchema, { ...contact, phone: { dial: '+861085329900', display: 'call us' } })[0]).toMatch(/^phone.display: /);
  });

  it('refuses an unquoted phone number that YAML read as a number', () => {
    expect(errorsOf(contactSchema, { ...contact, phone: { dial: 861085329900, display: '+86 (10) 8532 9900' } })[0]).toMatch(/^phone.dial: /);
  });
});

const programme = { id: 'jwp-2017-2020', name: 'Programme', period: { start: 2017, end: 2020 }, status: 'concluded', summary: 'One sentence.', text: 'Some text.', pdfName: 'programme-2017-2020' };
const partnership = {
  sources: ['Ambassadens side om Danmarks grønne samarbejde med Kina'],
  title: 'Partnerskabet',
  slug: 'partnerskab',
  summary: 'Om partnerskabet.',
  updated: '2026-11-28',
  mainProgramme: 'jwp-2017-2020',
  programmes: [programme],
  milestones: [{ date: '2008-10', title: 'Partnerskab', text: 'Indgået.' }],
};

describe('partnership schema', () => {
  it('accepts a programme and milestones dated to the year, month or day', () => {
    const milestones = ['2020', '2008-10', '2017-05-03'].map((date) => ({ date, title: 'T', text: 'X' }));
    expect(partnershipSchema.safeParse({ ...partnership, milestones }).success).toBe(true);
  });

  it('refuses a superseded programme that does not say what replaced it', () => {
    expect(errorsOf(partnershipSchema, { ...partnership, programmes: [{ ...programme, status: 'superseded' }] })[0]).toMatch(/^programmes.0.supersededBy: /);
  });

  it('refuses a main programme or successor that is not listed', () => {
    expect(errorsOf(partnershipSchema, { ...partnership, mainProgramme: 'nope' })[0]).toMatch(/^mainProgramme: .*not one of the programmes/);
    const superseded = { ...programme, status: 'superseded', supersededBy: 'ghost' };
    expect(errorsOf(partnershipSchema, { ...partnership, programmes: [superseded] })[0]).toMatch(/^programmes.0.supersededBy: .*ghost/);
  });

  it('refuses an unknown status', () => {
    expect(errorsOf(partnershipSchema, { ...partnership, programmes: [{ ...programme, status: 'ongoing' }] })[0]).toMatch(/"ongoing" is not a status: use one of planned, current/);
  });

  it('refuses a milestone date that is not a date', () => {
    expect(errorsOf(partnershipSchema, { ...partnership, milestones: [{ date: 'Oct 2008', title: 'T', text: 'X' }] })[0]).toMatch(/^milestones.0.date: /);
  });
});

describe('page schema', () => {
  it('accepts a text page and refuses unknown keys', () => {
    const page = { title: 'Tilgængelighed', slug: 'tilgaengelighed', summary: 'Om tilgængelighed.', updated: '2026-11-28', sources: ['Ambassadens side om Danmarks grønne samarbejde med Kina'] };
    expect(pageSchema.safeParse(page).success).toBe(true);
    expect(errorsOf(pageSchema, { ...page, author: 'x' }).join()).toMatch(/author/);
  });
});
