import type { Locale } from '../i18n/locales.ts';

/**
 * The examples the editors' messages give ("is missing: add it, e.g. title: Vedvarende energi"), in each
 * language of the site: a file is told in its own language's words what a right value looks like. Taken from
 * the real content (content/<collection>/<locale>/), shortened with "…"; language-neutral values (ids, dates,
 * phone numbers) stay in the schemas. Adding a language adds its column here (a missing one is a type error).
 */
export interface Examples {
  /** An area's title, and a slug of the same page. */
  areaTitle: string;
  slug: string;
  summary: string;
  /** One keyword, one partner, one source: each a quoted list item. */
  keyword: string;
  partner: string;
  source: string;
  pageTitle: string;
  contactTitle: string;
  partnershipTitle: string;
  /** The contact page: the embassy's name, address lines, a team. */
  embassyName: string;
  street: string;
  district: string;
  city: string;
  country: string;
  teamName: string;
  teamText: string;
  /** The partnership page: a programme and a milestone. */
  programmeName: string;
  programmeText: string;
  /** The file name of a programme's PDF download, without .pdf. */
  pdfName: string;
  milestoneTitle: string;
  milestoneText: string;
  /** A value holding ": ", written in double quotes (the YAML message). */
  quotedColon: string;
  /** An image's text alternative. */
  imageAlt: string;
}

export const examples: Record<Locale, Examples> = {
  da: {
    areaTitle: 'Vedvarende energi',
    slug: 'vedvarende-energi',
    summary: 'Danmark og Kina samarbejder om …',
    keyword: 'energi',
    partner: 'Energistyrelsen',
    source: 'Xinhua, 18. august 2023',
    pageTitle: 'Tilgængelighedserklæring',
    contactTitle: 'Kontakt',
    partnershipTitle: 'Det strategiske partnerskab med Kina',
    embassyName: 'Ambassaden i Beijing',
    street: 'Dongwujie 1',
    district: 'Sanlitun',
    city: 'Beijing',
    country: 'Kina',
    teamName: 'Energiteamet',
    teamText: 'Teamet arbejder med …',
    programmeName: 'Det fælles arbejdsprogram 2017–2020',
    programmeText: 'Programmet blev lanceret …',
    pdfName: 'faelles-arbejdsprogram-2017-2020',
    milestoneTitle: 'Diplomatiske forbindelser oprettes',
    milestoneText: 'Danmark og Folkerepublikken Kina oprettede …',
    quotedColon: 'summary: "Energi: et samarbejde"',
    imageAlt: 'Vindmøller ved kysten',
  },
  en: {
    areaTitle: 'Renewable energy',
    slug: 'renewable-energy',
    summary: 'Denmark and China cooperate on …',
    keyword: 'renewable energy',
    partner: 'Danish Energy Agency',
    source: 'Xinhua, 18 August 2023',
    pageTitle: 'Accessibility statement',
    contactTitle: 'Contact',
    partnershipTitle: 'The strategic partnership with China',
    embassyName: 'Embassy of Denmark in Beijing',
    street: '1 Dongwujie',
    district: 'Sanlitun',
    city: 'Beijing',
    country: 'China',
    teamName: 'Energy team',
    teamText: 'The team works on …',
    programmeName: 'Joint Work Programme 2017–2020',
    programmeText: 'The programme was launched …',
    pdfName: 'joint-work-programme-2017-2020',
    milestoneTitle: 'Diplomatic relations established',
    milestoneText: "Denmark and the People's Republic of China established …",
    quotedColon: 'summary: "Energy: a partnership"',
    imageAlt: 'Wind turbines off the coast',
  },
  zh: {
    areaTitle: '可再生能源',
    slug: 'kezaisheng-nengyuan',
    summary: '中丹双方商定加强……',
    keyword: '可再生能源',
    partner: '丹麦能源署',
    source: '新华社2023年8月18日报道',
    pageTitle: '无障碍声明',
    contactTitle: '联系我们',
    partnershipTitle: '中丹全面战略伙伴关系',
    embassyName: '丹麦王国驻华大使馆',
    street: '三里屯东五街1号',
    district: '朝阳区',
    city: '北京市',
    country: '中国',
    teamName: '能源组',
    teamText: '该组负责……',
    programmeName: '中丹联合工作方案（2017-2020）',
    programmeText: '方案于2017年5月3日在北京启动……',
    pdfName: 'zhongdan-lianhe-gongzuo-fangan-2017-2020',
    milestoneTitle: '中丹建立外交关系',
    milestoneText: '丹麦与中华人民共和国建立外交关系……',
    quotedColon: 'summary: "能源: 合作"',
    imageAlt: '海岸边的风力发电机',
  },
};
