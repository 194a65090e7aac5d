import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { defaultLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import { areaSchema, type AreaData } from '../../src/schemas/areas.ts';
import { dateYears } from '../../src/schemas/shared.ts';
import { staleStatus } from '../../src/schemas/time.ts';
import { sectors, statuses, type Sector, type Status } from '../../src/schemas/vocabulary.ts';

/**
 * Synthetic cooperation areas for the scaling runs: valid area files in every language of src/i18n/locales.ts,
 * paired by file name as the content check's twin rules require, with varied text built from word lists, so the
 * build, the index and search grow as with real content. Only ever written into a temporary copy of content/
 * (a benchmark's workspace, a test's copy), never into the repository.
 *
 * What the content rules decide is taken from them, not repeated here: the languages from `locales`, the sectors
 * and statuses from the vocabulary, each status's period from the stale-status rule (so every file is valid on
 * any day the site can be built), and every file's settings are parsed with the area schema before they are
 * written. A new language or sector without words here is a type error (`npm run check`) and an Error naming it;
 * a new required field or rule is an Error naming the field, before anything is built.
 */

/** A word or phrase in every language of the site. */
type InEvery = Record<Locale, string>;

interface Topic {
  name: InEvery;
  /** The slug's first part, per language (Chinese in Hanyu Pinyin without tones, as the real slugs). */
  slug: InEvery;
  /** Things the areas of this topic are about, in every language, index for index. */
  things: Record<Locale, string[]>;
}

/** Topics by sector: a sector of the vocabulary without topics is a type error, and an Error at run time. */
const topicsBySector: Record<Sector, Topic[]> = {
  energy: [
    {
      name: { da: 'Havvind', en: 'Offshore wind', zh: '海上风电' },
      slug: { da: 'havvind', en: 'offshore-wind', zh: 'haishang-fengdian' },
      things: {
        da: ['havvindmøller', 'nettilslutning af havvind', 'vindressourcer til havs'],
        en: ['offshore wind turbines', 'grid connection of offshore wind', 'wind resources at sea'],
        zh: ['海上风电机组', '海上风电并网', '海上风能资源'],
      },
    },
    {
      name: { da: 'Energieffektive bygninger', en: 'Energy-efficient buildings', zh: '建筑节能' },
      slug: { da: 'energieffektive-bygninger', en: 'energy-efficient-buildings', zh: 'jianzhu-jieneng' },
      things: {
        da: ['energieffektivitet i bygninger', 'isolering af boliger', 'energimærkning'],
        en: ['energy efficiency in buildings', 'insulation of homes', 'energy labelling'],
        zh: ['建筑能效', '住宅保温', '能效标识'],
      },
    },
    {
      name: { da: 'Kraftvarme', en: 'Combined heat and power', zh: '热电联产' },
      slug: { da: 'kraftvarme', en: 'combined-heat-and-power', zh: 'redian-lianchan' },
      things: {
        da: ['kraftvarmeværker', 'fleksibel elproduktion', 'elnettet'],
        en: ['combined heat and power plants', 'flexible power generation', 'the power grid'],
        zh: ['热电联产电厂', '灵活发电', '电网'],
      },
    },
    {
      name: { da: 'Varmepumper', en: 'Heat pumps', zh: '热泵' },
      slug: { da: 'varmepumper', en: 'heat-pumps', zh: 'rebeng' },
      things: {
        da: ['varmepumper', 'elektrificering af opvarmning', 'overskudsvarme'],
        en: ['heat pumps', 'electrification of heating', 'surplus heat'],
        zh: ['热泵', '供热电气化', '余热'],
      },
    },
  ],
  urban: [
    {
      name: { da: 'Fjernvarme', en: 'District heating', zh: '区域供热' },
      slug: { da: 'fjernvarme', en: 'district-heating', zh: 'quyu-gongre' },
      things: {
        da: ['fjernvarme', 'varmeplanlægning', 'fjernvarmenet'],
        en: ['district heating', 'heat planning', 'district heating networks'],
        zh: ['区域供热', '供热规划', '区域供热管网'],
      },
    },
    {
      name: { da: 'Bæredygtig byudvikling', en: 'Sustainable urban development', zh: '可持续城市发展' },
      slug: {
        da: 'baeredygtig-byudvikling',
        en: 'sustainable-urban-development',
        zh: 'kechixu-chengshi-fazhan',
      },
      things: {
        da: ['bæredygtig byudvikling', 'grønne byrum', 'byplanlægning'],
        en: ['sustainable urban development', 'green urban spaces', 'urban planning'],
        zh: ['可持续城市发展', '城市绿色空间', '城市规划'],
      },
    },
  ],
  water: [
    {
      name: { da: 'Grundvandsbeskyttelse', en: 'Groundwater protection', zh: '地下水保护' },
      slug: { da: 'grundvandsbeskyttelse', en: 'groundwater-protection', zh: 'dixiashui-baohu' },
      things: {
        da: ['grundvand', 'grundvandsmodeller', 'beskyttelse af drikkevand'],
        en: ['groundwater', 'groundwater models', 'protection of drinking water'],
        zh: ['地下水', '地下水模型', '饮用水保护'],
      },
    },
    {
      name: { da: 'Spildevand', en: 'Wastewater', zh: '污水处理' },
      slug: { da: 'spildevand', en: 'wastewater', zh: 'wushui-chuli' },
      things: {
        da: ['spildevandsrensning', 'slamhåndtering', 'rensningsanlæg'],
        en: ['wastewater treatment', 'sludge handling', 'treatment plants'],
        zh: ['污水处理', '污泥处置', '污水处理厂'],
      },
    },
    {
      name: { da: 'Vandforsyning', en: 'Water supply', zh: '供水' },
      slug: { da: 'vandforsyning', en: 'water-supply', zh: 'gongshui' },
      things: {
        da: ['vandforsyning', 'vandbesparelser', 'ledningstab'],
        en: ['water supply', 'water savings', 'leakage from pipes'],
        zh: ['供水', '节水', '管网漏损'],
      },
    },
  ],
  maritime: [
    {
      name: { da: 'Grøn skibsfart', en: 'Green shipping', zh: '绿色航运' },
      slug: { da: 'groen-skibsfart', en: 'green-shipping', zh: 'lvse-hangyun' },
      things: {
        da: ['grøn skibsfart', 'havnes energiforbrug', 'renere brændstoffer til skibe'],
        en: ['green shipping', 'energy use in ports', 'cleaner fuels for ships'],
        zh: ['绿色航运', '港口能源消耗', '船舶清洁燃料'],
      },
    },
    {
      name: { da: 'Kystbeskyttelse', en: 'Coastal protection', zh: '海岸防护' },
      slug: { da: 'kystbeskyttelse', en: 'coastal-protection', zh: 'haian-fanghu' },
      things: {
        da: ['kystbeskyttelse', 'havniveaustigninger', 'klimatilpasning ved kysten'],
        en: ['coastal protection', 'sea level rise', 'climate adaptation on the coast'],
        zh: ['海岸防护', '海平面上升', '沿海气候适应'],
      },
    },
  ],
  environment: [
    {
      name: { da: 'Luftkvalitet', en: 'Air quality', zh: '空气质量' },
      slug: { da: 'luftkvalitet', en: 'air-quality', zh: 'kongqi-zhiliang' },
      things: {
        da: ['luftkvalitet', 'målinger af luftforurening', 'udledninger fra industrien'],
        en: ['air quality', 'air pollution measurements', 'industrial emissions'],
        zh: ['空气质量', '空气污染监测', '工业排放'],
      },
    },
    {
      name: { da: 'Affald og genanvendelse', en: 'Waste and recycling', zh: '废物与回收利用' },
      slug: { da: 'affald-og-genanvendelse', en: 'waste-and-recycling', zh: 'feiwu-huishou-liyong' },
      things: {
        da: ['affaldshåndtering', 'genanvendelse', 'cirkulær økonomi'],
        en: ['waste management', 'recycling', 'the circular economy'],
        zh: ['废物管理', '回收利用', '循环经济'],
      },
    },
    {
      name: { da: 'Naturgenopretning', en: 'Nature restoration', zh: '自然修复' },
      slug: { da: 'naturgenopretning', en: 'nature-restoration', zh: 'ziran-xiufu' },
      things: {
        da: ['naturgenopretning', 'biodiversitet', 'vådområder'],
        en: ['nature restoration', 'biodiversity', 'wetlands'],
        zh: ['自然修复', '生物多样性', '湿地'],
      },
    },
  ],
};

/** Provinces and cities; the slug part is the Pinyin name, which Danish and English also write. */
const places: { slug: string; name: InEvery }[] = [
  ['Shandong', '山东'],
  ['Jiangsu', '江苏'],
  ['Guangdong', '广东'],
  ['Hebei', '河北'],
  ['Yunnan', '云南'],
  ['Sichuan', '四川'],
  ['Zhejiang', '浙江'],
  ['Fujian', '福建'],
  ['Hainan', '海南'],
  ['Gansu', '甘肃'],
  ['Shanxi', '山西'],
  ['Hubei', '湖北'],
  ['Hunan', '湖南'],
  ['Anhui', '安徽'],
  ['Jilin', '吉林'],
  ['Liaoning', '辽宁'],
  ['Tianjin', '天津'],
  ['Chongqing', '重庆'],
  ['Shanghai', '上海'],
  ['Guizhou', '贵州'],
].map(([latin, hanzi]) => ({ slug: latin!.toLowerCase(), name: { da: latin!, en: latin!, zh: hanzi! } }));

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

/** The word lists and sentence patterns of one language. */
interface Phrases {
  subjects: string[];
  verbs: string[];
  goals: string[];
  activities: string[];
  often: string[];
  audiences: string[];
  sentences: ((s: Slots) => string)[];
  title: (topic: string, place: string, n: number) => string;
  /** Says the file is synthetic, in the `sources` an area must name. */
  source: string;
  /** What stands between two sentences of a paragraph: a space, or nothing in Chinese. */
  between: string;
}

/** A subject inside an English sentence: "Danish" stays a proper adjective. */
const lowerEnglish = (text: string) =>
  text.startsWith('Danish') ? text : text[0]!.toLowerCase() + text.slice(1);
const lowerDanish = (text: string) => text[0]!.toLowerCase() + text.slice(1);

/** A language of `locales` without phrases here is a type error, and an Error at run time. */
const phrases: Record<Locale, Phrases> = {
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
    activities: ['kurser', 'studieture', 'fælles analyser', 'seminarer', 'pilotprojekter', 'workshops'],
    often: ['to gange om året', 'hvert kvartal', 'en gang om året', 'hver måned'],
    audiences: ['andre provinser', 'kommunerne', 'branchen', 'offentligheden', 'de nationale myndigheder'],
    sentences: [
      (s) => `${s.subject} ${s.verb} ${s.thing} i ${s.place}.`,
      (s) => `Målet er at ${s.goal} gennem arbejdet med ${s.thing}.`,
      (s) => `I ${s.place} har ${lowerDanish(s.subject)} siden ${s.year} arbejdet med ${s.thing}.`,
      (s) => `Samarbejdet omfatter ${s.activity} om ${s.thing} og ${s.other}.`,
      (s) => `${s.subject} mødes ${s.often} for at drøfte ${s.thing}.`,
      (s) => `Erfaringerne fra ${s.place} bruges nu i arbejdet med ${s.other}.`,
      (s) => `Resultaterne om ${s.thing} deles med ${s.audience}, så flere kan ${s.goal}.`,
      (s) => `Et vigtigt spørgsmål er, hvordan ${s.thing} kan hjælpe med at ${s.goal}.`,
    ],
    title: (topic, place, n) => `${topic} i ${place} (nr. ${n})`,
    source: 'Syntetisk indhold til benchmarken (tests/bench/synthetic-areas.ts), ikke fakta',
    between: ' ',
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
    activities: ['courses', 'study tours', 'joint analyses', 'seminars', 'pilot projects', 'workshops'],
    often: ['twice a year', 'every quarter', 'once a year', 'every month'],
    audiences: ['other provinces', 'the municipalities', 'the industry', 'the public', 'the national authorities'],
    sentences: [
      (s) => `${s.subject} ${s.verb} ${s.thing} in ${s.place}.`,
      (s) => `The aim is to ${s.goal} through the work on ${s.thing}.`,
      (s) => `In ${s.place}, ${lowerEnglish(s.subject)} have worked on ${s.thing} since ${s.year}.`,
      (s) => `The cooperation includes ${s.activity} on ${s.thing} and ${s.other}.`,
      (s) => `${s.subject} meet ${s.often} to discuss ${s.thing}.`,
      (s) => `The experience from ${s.place} is now used in the work on ${s.other}.`,
      (s) => `The results on ${s.thing} are shared with ${s.audience}, so that more can ${s.goal}.`,
      (s) => `An important question is how ${s.thing} can help to ${s.goal}.`,
    ],
    title: (topic, place, n) => `${topic} in ${place} (no. ${n})`,
    source: 'Synthetic content for the benchmark (tests/bench/synthetic-areas.ts), not facts',
    between: ' ',
  },
  zh: {
    subjects: [
      '中丹两国政府部门',
      '两国专家',
      '地方政府部门',
      '丹麦和中国高校的研究人员',
      '丹麦顾问',
      '项目合作伙伴',
      '省级规划人员',
      '联合工作组',
    ],
    // Each takes its object after it: "研究" + "地下水".
    verbs: ['研究', '分析', '评估', '推动', '规划', '关注', '探讨'],
    goals: [
      '减少温室气体排放',
      '确保可持续转型',
      '更好地利用资源',
      '加强地方能力',
      '让城市更加绿色',
      '改进数据收集',
      '完善该领域的法规',
    ],
    activities: ['培训课程', '考察访问', '联合分析', '研讨会', '试点项目', '工作坊'],
    often: ['每年两次', '每季度', '每年一次', '每月'],
    audiences: ['其他省份', '各市政府', '相关行业', '公众', '国家主管部门'],
    sentences: [
      (s) => `${s.subject}在${s.place}${s.verb}${s.thing}。`,
      (s) => `目标是通过${s.thing}方面的工作${s.goal}。`,
      (s) => `自${s.year}年以来，${s.subject}一直在${s.place}开展${s.thing}方面的工作。`,
      (s) => `合作内容包括关于${s.thing}和${s.other}的${s.activity}。`,
      (s) => `${s.subject}${s.often}会面，讨论${s.thing}。`,
      (s) => `${s.place}的经验现已用于${s.other}方面的工作。`,
      (s) => `有关${s.thing}的成果与${s.audience}分享，使更多方面能够${s.goal}。`,
      (s) => `一个重要问题是${s.thing}如何帮助${s.goal}。`,
    ],
    title: (topic, place, n) => `${place}${topic}（第${n}号）`,
    source: '基准测试的合成内容（tests/bench/synthetic-areas.ts），并非事实',
    between: '',
  },
};

/**
 * The topics, one sector after another (energy, urban, water, …, energy, …), so any `sectors.length`
 * consecutive areas cover every sector. Throws when a sector of the vocabulary has no topic, or a topic, place
 * or phrase list lacks a language of `locales`.
 */
function checkedTopics(): Topic[] {
  const missing: string[] = [];
  for (const sector of sectors)
    if (!topicsBySector[sector]?.length) missing.push(`topics for the sector "${sector}"`);
  for (const lang of locales) {
    if (!phrases[lang]) missing.push(`phrases in "${lang}"`);
    for (const topic of Object.values(topicsBySector).flat())
      if (!topic.name[lang] || !topic.slug[lang] || !topic.things[lang]?.length)
        missing.push(`"${lang}" words for the topic "${topic.slug[defaultLocale]}"`);
    for (const place of places) if (!place.name[lang]) missing.push(`the "${lang}" name of ${place.slug}`);
  }
  if (missing.length > 0)
    throw new Error(
      `tests/bench/synthetic-areas.ts cannot write areas for the site's languages (${locales.join(', ')}) and sectors (${sectors.join(', ')}): it has no ${[...new Set(missing)].join(', ')}. Add them there.`,
    );
  const rounds = Math.max(...sectors.map((s) => topicsBySector[s].length));
  return Array.from({ length: rounds }, (_, round) =>
    sectors.flatMap((s) => topicsBySector[s][round] ?? []),
  ).flat();
}

/** The last day the site's dates may name: a status valid then and at its period's start is valid on any day. */
const lastPossibleDay = `${dateYears.max}-12-31`;

/**
 * A period for `status` that the stale-status rule (src/schemas/time.ts) accepts on every day: the years
 * `start`–`start + 3` when it accepts them even on the last possible day, else open-ended from `start` (a
 * "current" area with an end year goes stale once that year is over). Throws when neither is accepted.
 */
export function timelessPeriod(status: Status, start: number): NonNullable<AreaData['period']> {
  for (const period of [{ start, end: start + 3 }, { start }])
    if (!staleStatus({ at: [], status, period }, lastPossibleDay)) return period;
  throw new Error(
    `tests/bench/synthetic-areas.ts finds no period the content check accepts on every day for the status "${status}": teach timelessPeriod() the new rule in src/schemas/time.ts`,
  );
}

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

/** The highest "order" of the areas already in the copy (in the default language), so the synthetic ones come after. */
function highestOrder(areasDir: string): number {
  const dir = join(areasDir, defaultLocale);
  const orders = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => /^order:\s*(\d+)\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1])
    .filter((v) => v !== undefined)
    .map(Number);
  return Math.max(0, ...orders);
}

/**
 * Settings as YAML the way editors are told to write them: every text in double quotes, so a date such as
 * "2026-11-28" stays text (Astro's YAML reader would make it a date), and no line folded.
 */
const frontmatter = (data: AreaData) =>
  stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

/** One synthetic area: its file name (the same in every language) and what its languages share. */
export interface SyntheticArea {
  id: string;
  sector: Sector;
  status: Status;
}

/**
 * Writes `count` areas in every language of `locales` into `<root>/content/areas/<locale>/`, after the areas
 * already there (order), and returns them. The same area says the same in each language, and its sector,
 * status, period and order agree. Throws, before writing the file, when a file would break the area schema
 * (naming the file, the field and the schema's message), or when words for a language or sector are missing.
 */
export function writeSyntheticAreas(root: string, count: number): SyntheticArea[] {
  const topics = checkedTopics();
  const areasDir = join(root, 'content', 'areas');
  const firstOrder = highestOrder(areasDir) + 1;
  const areas: SyntheticArea[] = [];
  for (let n = 1; n <= count; n++) {
    const topic = topics[(n - 1) % topics.length]!;
    const place = places[Math.floor((n - 1) / topics.length) % places.length]!;
    const id = `synthetic-${String(n).padStart(4, '0')}-${topic.slug.en}-${place.slug}`;
    const sector = sectors.find((s) => topicsBySector[s].includes(topic))!;
    const status = statuses[(n - 1) % statuses.length]!;
    const period = timelessPeriod(status, 2015 + (n % 9));
    for (const lang of locales) {
      // The same seed in every language: each page says what the Danish one says.
      const next = random(n * 7919);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const w = phrases[lang];
      const slots = (): Slots => {
        const thing = pick(topic.things[lang]);
        // Now and then a thing from another topic, as real areas mention their neighbours.
        const others = (next() < 0.7 ? topic : pick(topics)).things[lang].filter((t) => t !== thing);
        return {
          subject: pick(w.subjects),
          verb: pick(w.verbs),
          thing,
          other: pick(others),
          place: place.name[lang],
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
        Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(w.sentences)(slots())).join(w.between),
      );
      const data: AreaData = {
        title: w.title(topic.name[lang], place.name[lang], n),
        slug: `${topic.slug[lang]}-${place.slug}-${n}`,
        summary,
        sector,
        keywords: [
          ...new Set([topic.name[lang].toLowerCase(), ...topic.things[lang].slice(0, 2), place.name[lang]]),
        ],
        order: firstOrder + n - 1,
        updated: '2026-11-28',
        period,
        status,
        sources: [w.source],
      };
      const file = `content/areas/${lang}/${id}.mdx`;
      const parsed = areaSchema.safeParse(data);
      if (!parsed.success)
        throw new Error(
          `tests/bench/synthetic-areas.ts would write a file the area schema refuses (${file}): ${parsed.error.issues
            .map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`)
            .join('; ')}. Teach the generator the new rule.`,
        );
      mkdirSync(join(areasDir, lang), { recursive: true });
      writeFileSync(join(root, file), `---\n${frontmatter(data)}---\n\n${paragraphs.join('\n\n')}\n`);
    }
    areas.push({ id, sector, status });
  }
  return areas;
}
