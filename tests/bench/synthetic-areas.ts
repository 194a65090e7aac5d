import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Synthetic cooperation areas for the scaling runs: valid area files in Danish and English, paired by file
 * name, with varied text built from word lists, so the build, the index and search grow as with real content.
 * Only ever written into a benchmark's temporary copy of content/, never into the repository.
 */

type Sector = 'energy' | 'urban' | 'water' | 'maritime' | 'environment';
interface Words {
  da: string;
  en: string;
}

interface Topic {
  name: Words;
  slug: Words;
  sector: Sector;
  /** Things the areas of this topic are about, in both languages, index for index. */
  things: { da: string[]; en: string[] };
}

const topics: Topic[] = [
  {
    name: { da: 'Havvind', en: 'Offshore wind' },
    slug: { da: 'havvind', en: 'offshore-wind' },
    sector: 'energy',
    things: {
      da: ['havvindmøller', 'nettilslutning af havvind', 'vindressourcer til havs'],
      en: ['offshore wind turbines', 'grid connection of offshore wind', 'wind resources at sea'],
    },
  },
  {
    name: { da: 'Fjernvarme', en: 'District heating' },
    slug: { da: 'fjernvarme', en: 'district-heating' },
    sector: 'urban',
    things: {
      da: ['fjernvarme', 'varmeplanlægning', 'fjernvarmenet'],
      en: ['district heating', 'heat planning', 'district heating networks'],
    },
  },
  {
    name: { da: 'Grundvandsbeskyttelse', en: 'Groundwater protection' },
    slug: { da: 'grundvandsbeskyttelse', en: 'groundwater-protection' },
    sector: 'water',
    things: {
      da: ['grundvand', 'grundvandsmodeller', 'beskyttelse af drikkevand'],
      en: ['groundwater', 'groundwater models', 'protection of drinking water'],
    },
  },
  {
    name: { da: 'Energieffektive bygninger', en: 'Energy-efficient buildings' },
    slug: { da: 'energieffektive-bygninger', en: 'energy-efficient-buildings' },
    sector: 'energy',
    things: {
      da: ['energieffektivitet i bygninger', 'isolering af boliger', 'energimærkning'],
      en: ['energy efficiency in buildings', 'insulation of homes', 'energy labelling'],
    },
  },
  {
    name: { da: 'Bæredygtig byudvikling', en: 'Sustainable urban development' },
    slug: { da: 'baeredygtig-byudvikling', en: 'sustainable-urban-development' },
    sector: 'urban',
    things: {
      da: ['bæredygtig byudvikling', 'grønne byrum', 'byplanlægning'],
      en: ['sustainable urban development', 'green urban spaces', 'urban planning'],
    },
  },
  {
    name: { da: 'Spildevand', en: 'Wastewater' },
    slug: { da: 'spildevand', en: 'wastewater' },
    sector: 'water',
    things: {
      da: ['spildevandsrensning', 'slamhåndtering', 'rensningsanlæg'],
      en: ['wastewater treatment', 'sludge handling', 'treatment plants'],
    },
  },
  {
    name: { da: 'Grøn skibsfart', en: 'Green shipping' },
    slug: { da: 'groen-skibsfart', en: 'green-shipping' },
    sector: 'maritime',
    things: {
      da: ['grøn skibsfart', 'havnes energiforbrug', 'renere brændstoffer til skibe'],
      en: ['green shipping', 'energy use in ports', 'cleaner fuels for ships'],
    },
  },
  {
    name: { da: 'Luftkvalitet', en: 'Air quality' },
    slug: { da: 'luftkvalitet', en: 'air-quality' },
    sector: 'environment',
    things: {
      da: ['luftkvalitet', 'målinger af luftforurening', 'udledninger fra industrien'],
      en: ['air quality', 'air pollution measurements', 'industrial emissions'],
    },
  },
  {
    name: { da: 'Kraftvarme', en: 'Combined heat and power' },
    slug: { da: 'kraftvarme', en: 'combined-heat-and-power' },
    sector: 'energy',
    things: {
      da: ['kraftvarmeværker', 'fleksibel elproduktion', 'elnettet'],
      en: ['combined heat and power plants', 'flexible power generation', 'the power grid'],
    },
  },
  {
    name: { da: 'Affald og genanvendelse', en: 'Waste and recycling' },
    slug: { da: 'affald-og-genanvendelse', en: 'waste-and-recycling' },
    sector: 'environment',
    things: {
      da: ['affaldshåndtering', 'genanvendelse', 'cirkulær økonomi'],
      en: ['waste management', 'recycling', 'the circular economy'],
    },
  },
  {
    name: { da: 'Kystbeskyttelse', en: 'Coastal protection' },
    slug: { da: 'kystbeskyttelse', en: 'coastal-protection' },
    sector: 'maritime',
    things: {
      da: ['kystbeskyttelse', 'havniveaustigninger', 'klimatilpasning ved kysten'],
      en: ['coastal protection', 'sea level rise', 'climate adaptation on the coast'],
    },
  },
  {
    name: { da: 'Varmepumper', en: 'Heat pumps' },
    slug: { da: 'varmepumper', en: 'heat-pumps' },
    sector: 'energy',
    things: {
      da: ['varmepumper', 'elektrificering af opvarmning', 'overskudsvarme'],
      en: ['heat pumps', 'electrification of heating', 'surplus heat'],
    },
  },
  {
    name: { da: 'Vandforsyning', en: 'Water supply' },
    slug: { da: 'vandforsyning', en: 'water-supply' },
    sector: 'water',
    things: {
      da: ['vandforsyning', 'vandbesparelser', 'ledningstab'],
      en: ['water supply', 'water savings', 'leakage from pipes'],
    },
  },
  {
    name: { da: 'Naturgenopretning', en: 'Nature restoration' },
    slug: { da: 'naturgenopretning', en: 'nature-restoration' },
    sector: 'environment',
    things: {
      da: ['naturgenopretning', 'biodiversitet', 'vådområder'],
      en: ['nature restoration', 'biodiversity', 'wetlands'],
    },
  },
];

const places = [
  'Shandong',
  'Jiangsu',
  'Guangdong',
  'Hebei',
  'Yunnan',
  'Sichuan',
  'Zhejiang',
  'Fujian',
  'Hainan',
  'Gansu',
  'Shanxi',
  'Hubei',
  'Hunan',
  'Anhui',
  'Jilin',
  'Liaoning',
  'Tianjin',
  'Chongqing',
  'Shanghai',
  'Guizhou',
];

const phrases = {
  da: {
    subjects: [
      'Danske og kinesiske myndigheder',
      'Eksperter fra begge lande',
      'De lokale myndigheder',
      'Forskere fra danske og kinesiske universiteter',
      'Rådgivere fra Danmark',
      'Projektets partnere',
      'Provinsens planlæggere',
      'Fælles arbejdsgrupper',
    ],
    verbs: [
      'udveksler erfaringer om',
      'arbejder sammen om',
      'undersøger',
      'udvikler metoder til',
      'kortlægger',
      'planlægger forsøg med',
      'følger udviklingen i',
    ],
    goals: [
      'nedbringe udledningen af drivhusgasser',
      'sikre en bæredygtig omstilling',
      'bruge ressourcerne bedre',
      'styrke den lokale kapacitet',
      'gøre byerne grønnere',
      'forbedre dataindsamlingen',
      'skabe bedre regler på området',
    ],
    activities: [
      'kurser',
      'studieture',
      'fælles analyser',
      'seminarer',
      'pilotprojekter',
      'workshops',
    ],
    often: ['to gange om året', 'hvert kvartal', 'en gang om året', 'hver måned'],
    audiences: [
      'andre provinser',
      'kommunerne',
      'branchen',
      'offentligheden',
      'de nationale myndigheder',
    ],
    sentences: [
      (s: Slots) => `${s.subject} ${s.verb} ${s.thing} i ${s.place}.`,
      (s: Slots) => `Målet er at ${s.goal} gennem arbejdet med ${s.thing}.`,
      (s: Slots) => `I ${s.place} har ${lower(s.subject)} siden ${s.year} arbejdet med ${s.thing}.`,
      (s: Slots) => `Samarbejdet omfatter ${s.activity} om ${s.thing} og ${s.other}.`,
      (s: Slots) => `${s.subject} mødes ${s.often} for at drøfte ${s.thing}.`,
      (s: Slots) => `Erfaringerne fra ${s.place} bruges nu i arbejdet med ${s.other}.`,
      (s: Slots) => `Resultaterne om ${s.thing} deles med ${s.audience}, så flere kan ${s.goal}.`,
      (s: Slots) => `Et vigtigt spørgsmål er, hvordan ${s.thing} kan hjælpe med at ${s.goal}.`,
    ],
    title: (t: Topic, place: string, n: number) => `${t.name.da} i ${place} (nr. ${n})`,
  },
  en: {
    subjects: [
      'Danish and Chinese authorities',
      'Experts from both countries',
      'The local authorities',
      'Researchers from Danish and Chinese universities',
      'Advisers from Denmark',
      'The project partners',
      'Planners in the province',
      'Joint working groups',
    ],
    verbs: [
      'exchange experience on',
      'work together on',
      'study',
      'develop methods for',
      'map',
      'plan trials of',
      'follow developments in',
    ],
    goals: [
      'cut greenhouse gas emissions',
      'ensure a sustainable transition',
      'use resources better',
      'build local capacity',
      'make cities greener',
      'improve the collection of data',
      'create better rules in the field',
    ],
    activities: [
      'courses',
      'study tours',
      'joint analyses',
      'seminars',
      'pilot projects',
      'workshops',
    ],
    often: ['twice a year', 'every quarter', 'once a year', 'every month'],
    audiences: [
      'other provinces',
      'the municipalities',
      'the industry',
      'the public',
      'the national authorities',
    ],
    sentences: [
      (s: Slots) => `${s.subject} ${s.verb} ${s.thing} in ${s.place}.`,
      (s: Slots) => `The aim is to ${s.goal} through the work on ${s.thing}.`,
      (s: Slots) => `In ${s.place}, ${lower(s.subject)} have worked on ${s.thing} since ${s.year}.`,
      (s: Slots) => `The cooperation includes ${s.activity} on ${s.thing} and ${s.other}.`,
      (s: Slots) => `${s.subject} meet ${s.often} to discuss ${s.thing}.`,
      (s: Slots) => `The experience from ${s.place} is now used in the work on ${s.other}.`,
      (s: Slots) =>
        `The results on ${s.thing} are shared with ${s.audience}, so that more can ${s.goal}.`,
      (s: Slots) => `An important question is how ${s.thing} can help to ${s.goal}.`,
    ],
    title: (t: Topic, place: string, n: number) => `${t.name.en} in ${place} (no. ${n})`,
  },
};

interface Slots {
  subject: string;
  verb: string;
  thing: string;
  other: string;
  place: string;
  goal: string;
  activity: string;
  often: string;
  audience: string;
  year: number;
}

/** A subject inside a sentence: Danish lower-cases it; English keeps "Danish" as a proper adjective. */
const lower = (text: string) =>
  text.startsWith('Danish') ? text : text[0]!.toLowerCase() + text.slice(1);

/** A small seeded generator (mulberry32), so every run writes the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The highest "order" of the areas already in the copy, so the synthetic ones come after. */
function highestOrder(areasDir: string): number {
  const orders = readdirSync(join(areasDir, 'da'))
    .map(
      (name) => /^order:\s*(\d+)\s*$/m.exec(readFileSync(join(areasDir, 'da', name), 'utf8'))?.[1],
    )
    .filter((v) => v !== undefined)
    .map(Number);
  return Math.max(0, ...orders);
}

const yamlList = (items: string[]) => items.map((item) => `  - ${item}`).join('\n');

/** Writes `count` areas per language into `<root>/content/areas/{da,en}/`; returns the file names. */
export function writeSyntheticAreas(root: string, count: number): string[] {
  const areasDir = join(root, 'content', 'areas');
  const firstOrder = highestOrder(areasDir) + 1;
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    const topic = topics[(n - 1) % topics.length]!;
    const place = places[Math.floor((n - 1) / topics.length) % places.length]!;
    const placeSlug = place.toLowerCase();
    const id = `synthetic-${String(n).padStart(4, '0')}-${topic.slug.en}-${placeSlug}`;
    const status = (['current', 'concluded', 'planned'] as const)[n % 3]!;
    const start = 2015 + (n % 9);
    for (const lang of ['da', 'en'] as const) {
      // The same seed in both languages: the English page says what the Danish one says.
      const next = random(n * 7919);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const w = phrases[lang];
      const slots = (): Slots => {
        const thing = pick(topic.things[lang]);
        // Now and then a thing from another topic, as real areas mention their neighbours.
        const others = (next() < 0.7 ? topic : pick(topics)).things[lang].filter(
          (t) => t !== thing,
        );
        return {
          subject: pick(w.subjects),
          verb: pick(w.verbs),
          thing,
          other: pick(others),
          place,
          goal: pick(w.goals),
          activity: pick(w.activities),
          often: pick(w.often),
          audience: pick(w.audiences),
          year: 2012 + Math.floor(next() * 12),
        };
      };
      const summary = w.sentences[0]!(slots());
      // About the length of the real areas: two to four short paragraphs.
      const paragraphs = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(w.sentences)(slots())).join(
          ' ',
        ),
      );
      const text = `---
title: "${w.title(topic, place, n)}"
slug: ${topic.slug[lang]}-${placeSlug}-${n}
summary: "${summary}"
sector: ${topic.sector}
keywords:
${yamlList([topic.name[lang].toLowerCase(), ...topic.things[lang].slice(0, 2), place])}
order: ${firstOrder + n - 1}
updated: "2026-11-28"
period: { start: ${start}, end: ${start + 3} }
status: ${status}
---

${paragraphs.join('\n\n')}
`;
      mkdirSync(join(areasDir, lang), { recursive: true });
      writeFileSync(join(areasDir, lang, `${id}.mdx`), text);
    }
    files.push(id);
  }
  return files;
}
