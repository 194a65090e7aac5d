import type { Locale } from '../../src/i18n/locales';

/** What a must-find row tests, so a failure says which kind of search broke. */
export type QueryKind = 'title' | 'body' | 'keyword' | 'stem' | 'compound' | 'æøå' | 'ascii' | 'case' | 'symbols' | 'prefix';

export interface MustFind {
  lang: Locale;
  query: string;
  kind: QueryKind;
  /** The path of the page that must come first. */
  first: string;
}

const da = (slug: string) => `/da/arbejdsprogram/${slug}/`;
const en = (slug: string) => `/en/work-programme/${slug}/`;
const zh = (slug: string) => `/zh/gongzuo-fangan/${slug}/`;

/** Each query must return this page as its first result, on the built site, in its own language. */
export const mustFind: MustFind[] = [
  // Danish
  { lang: 'da', query: 'Grundvandspartnerskab', kind: 'title', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'vedvarende energi', kind: 'title', first: da('vedvarende-energi') },
  { lang: 'da', query: 'Maritimt samarbejde', kind: 'title', first: da('maritimt-samarbejde') },
  { lang: 'da', query: 'Miljøbeskyttelse', kind: 'title', first: da('miljoebeskyttelse') },
  { lang: 'da', query: 'sekretariat', kind: 'body', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'institutioner', kind: 'body', first: da('kraftvaerksfleksibilitet') },
  { lang: 'da', query: 'rådsformandskab', kind: 'body', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'luftforurening', kind: 'keyword', first: da('myndighedssamarbejde-om-miljoe') },
  { lang: 'da', query: 'mineraler', kind: 'keyword', first: da('naturressourcer') },
  { lang: 'da', query: 'universiteter', kind: 'keyword', first: da('kraftvaerksfleksibilitet') },
  { lang: 'da', query: 'MoU', kind: 'keyword', first: da('aftale-om-vandressourcer') },
  { lang: 'da', query: 'CEWP', kind: 'keyword', first: da('grundvandspartnerskab') },
  // The area with the word itself in its title comes before the one with it inside a compound.
  { lang: 'da', query: 'energi', kind: 'stem', first: da('vedvarende-energi') },
  { lang: 'da', query: 'energien', kind: 'stem', first: da('vedvarende-energi') },
  { lang: 'da', query: 'grundvandet', kind: 'stem', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'kraftværkerne', kind: 'stem', first: da('kraftvaerksfleksibilitet') },
  { lang: 'da', query: 'byerne', kind: 'stem', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'varme', kind: 'compound', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'opvarmning', kind: 'compound', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'vand', kind: 'compound', first: da('aftale-om-vandressourcer') },
  { lang: 'da', query: 'bæredygtig', kind: 'æøå', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'søfart', kind: 'æøå', first: da('maritimt-samarbejde') },
  { lang: 'da', query: 'råstoffer', kind: 'æøå', first: da('naturressourcer') },
  { lang: 'da', query: 'baeredygtig', kind: 'ascii', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'kraftvaerk', kind: 'ascii', first: da('kraftvaerksfleksibilitet') },
  { lang: 'da', query: 'hensigtserklaering', kind: 'ascii', first: da('aftale-om-vandressourcer') },
  { lang: 'da', query: 'miljoebeskyttelse', kind: 'ascii', first: da('miljoebeskyttelse') },
  { lang: 'da', query: 'soefart', kind: 'ascii', first: da('maritimt-samarbejde') },
  { lang: 'da', query: 'groen skibsfart', kind: 'ascii', first: da('maritimt-samarbejde') },
  { lang: 'da', query: 'raastoffer', kind: 'ascii', first: da('naturressourcer') },
  { lang: 'da', query: 'rastoffer', kind: 'ascii', first: da('naturressourcer') },
  { lang: 'da', query: 'raadsformandskab', kind: 'ascii', first: da('grundvandspartnerskab') },
  // Issue 11: bare o for ø, symbols as the indexer drops them, a beginning of a word, a compound's last part.
  { lang: 'da', query: 'gron skibsfart', kind: 'ascii', first: da('maritimt-samarbejde') },
  { lang: 'da', query: 'baredygtig byudvikling', kind: 'ascii', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: '+45 33 92 11 12', kind: 'symbols', first: '/da/kontakt/' },
  { lang: 'da', query: 'grundvandspart', kind: 'prefix', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'GRUNDVAND', kind: 'case', first: da('grundvandspartnerskab') },
  { lang: 'da', query: 'FjernVarme', kind: 'case', first: da('baeredygtig-byudvikling-og-fjernvarme') },
  { lang: 'da', query: 'MILJOEBESKYTTELSE', kind: 'case', first: da('miljoebeskyttelse') },
  // English
  { lang: 'en', query: 'Groundwater partnership', kind: 'title', first: en('groundwater-partnership') },
  { lang: 'en', query: 'renewable energy', kind: 'title', first: en('renewable-energy') },
  { lang: 'en', query: 'environmental protection', kind: 'title', first: en('environmental-protection') },
  { lang: 'en', query: 'memorandum of understanding', kind: 'title', first: en('water-resources-agreement') },
  { lang: 'en', query: 'secretariat', kind: 'body', first: en('groundwater-partnership') },
  { lang: 'en', query: 'piped', kind: 'body', first: en('sustainable-cities-district-heating') },
  { lang: 'en', query: 'council presidency', kind: 'body', first: en('groundwater-partnership') },
  { lang: 'en', query: 'wastewater', kind: 'keyword', first: en('authority-cooperation-environment') },
  { lang: 'en', query: 'raw materials', kind: 'keyword', first: en('natural-resources') },
  { lang: 'en', query: 'seafaring', kind: 'keyword', first: en('maritime-cooperation') },
  { lang: 'en', query: 'CEWP', kind: 'keyword', first: en('groundwater-partnership') },
  { lang: 'en', query: 'renewables', kind: 'stem', first: en('renewable-energy') },
  { lang: 'en', query: 'power plants', kind: 'stem', first: en('power-plant-flexibility') },
  { lang: 'en', query: 'minerals', kind: 'stem', first: en('natural-resources') },
  { lang: 'en', query: 'heat', kind: 'compound', first: en('sustainable-cities-district-heating') },
  { lang: 'en', query: 'environm', kind: 'prefix', first: en('environmental-protection') },
  { lang: 'en', query: '(+45) 33-92-11-12', kind: 'symbols', first: '/en/contact/' },
  { lang: 'en', query: 'ENERGY SAVINGS', kind: 'case', first: en('energy-efficiency') },
  { lang: 'en', query: 'Danish Energy Agency', kind: 'case', first: en('renewable-energy') },
  // Chinese: words as people type them, with no spaces; the pages are those whose content/areas/zh/*.mdx
  // title or keywords hold the word, or whose text does (the contact page's address, 北京市朝阳区三里屯东五街1号).
  { lang: 'zh', query: '地下水', kind: 'keyword', first: zh('dixiashui-huoban-guanxi') },
  { lang: 'zh', query: '区域供热', kind: 'keyword', first: zh('chengshi-kechixu-fazhan-he-quyu-gongre') },
  { lang: 'zh', query: '供热', kind: 'keyword', first: zh('chengshi-kechixu-fazhan-he-quyu-gongre') },
  { lang: 'zh', query: '海事', kind: 'keyword', first: zh('haishi-hezuo') },
  { lang: 'zh', query: '节能', kind: 'keyword', first: zh('nengxiao') },
  { lang: 'zh', query: '矿产', kind: 'keyword', first: zh('ziran-ziyuan-guanli') },
  { lang: 'zh', query: '大气污染', kind: 'keyword', first: zh('huanjing-bumen-hezuo') },
  { lang: 'zh', query: '秘书处', kind: 'keyword', first: zh('dixiashui-huoban-guanxi') },
  { lang: 'zh', query: 'CNREC', kind: 'keyword', first: zh('kezaisheng-nengyuan') },
  { lang: 'zh', query: '可再生能源', kind: 'title', first: zh('kezaisheng-nengyuan') },
  { lang: 'zh', query: '电厂灵活性', kind: 'title', first: zh('dianchang-linghuoxing') },
  { lang: 'zh', query: '水资源谅解备忘录', kind: 'title', first: zh('shuiziyuan-beiwanglu') },
  { lang: 'zh', query: '环境保护', kind: 'title', first: zh('huanjing-baohu') },
  // A word in the middle of a run of Chinese text with no spaces: the contact page's address.
  { lang: 'zh', query: '三里屯', kind: 'body', first: '/zh/lianxi/' },
  { lang: 'zh', query: '朝阳区', kind: 'body', first: '/zh/lianxi/' },
  { lang: 'zh', query: '+45 33 92 11 12', kind: 'symbols', first: '/zh/lianxi/' },
];

export interface MustNotFind {
  lang: Locale;
  query: string;
  /** Why nothing may come back: where the words live instead. */
  because: string;
}

/**
 * Each query must return no result at all: the words are on the site, but not in what is indexed.
 */
export const mustNotFind: MustNotFind[] = [
  { lang: 'da', query: 'drives', because: 'the footer ("Webstedet drives af …") is not indexed' },
  { lang: 'da', query: 'flyttet', because: 'the 404 page ("Den kan være flyttet") is not indexed' },
  { lang: 'da', query: 'Næste', because: 'the pager between areas ("Næste område") is not indexed' },
  { lang: 'da', query: 'Nøgleord', because: 'the label of the keywords is not indexed, only the keywords' },
  { lang: 'da', query: 'wastewater', because: 'an English word never finds a Danish page' },
  { lang: 'da', query: 'heating', because: 'an English word never finds a Danish page' },
  { lang: 'da', query: 'presidency', because: 'an English word never finds a Danish page' },
  { lang: 'en', query: 'Home', because: 'the header menu and the breadcrumbs ("Home") are not indexed' },
  { lang: 'en', query: 'Skip', because: 'the skip link ("Skip to content") is not indexed' },
  { lang: 'en', query: 'Dansk', because: 'the language switcher is not indexed' },
  { lang: 'en', query: 'mistyped', because: 'the 404 page ("… may be mistyped") is not indexed' },
  { lang: 'en', query: 'Previous', because: 'the pager between areas ("Previous area") is not indexed' },
  { lang: 'en', query: 'spildevand', because: 'a Danish word never finds an English page' },
  { lang: 'en', query: 'fjernvarme', because: 'a Danish word never finds an English page' },
  { lang: 'en', query: 'grundvandet', because: 'a Danish word never finds an English page' },
  { lang: 'en', query: '区域供热', because: 'a Chinese word never finds an English page' },
  { lang: 'da', query: '地下水', because: 'a Chinese word never finds a Danish page' },
  { lang: 'zh', query: 'groundwater', because: 'an English word never finds a Chinese page' },
  { lang: 'zh', query: 'fjernvarme', because: 'a Danish word never finds a Chinese page' },
  { lang: 'zh', query: 'district heating', because: 'English words never find a Chinese page' },
  { lang: 'zh', query: '本网站由丹麦王国驻华大使馆主办', because: 'the footer ("本网站由丹麦王国驻华大使馆主办。") is not indexed' },
];

/** Inputs that must never break the page, run code, or add elements. */
export const badInputs: { name: string; query: string }[] = [
  { name: 'whitespace only', query: '   \t  ' },
  { name: 'a 1,000-character query', query: 'grundvand '.repeat(100) },
  { name: 'unbalanced quotes', query: '"grundvand' },
  { name: 'quoted phrase', query: '"grøn skibsfart"' },
  { name: 'a script element', query: '<script>window.__injected = true</script>' },
  { name: 'an image with an error handler', query: '<img src=x onerror="window.__injected = true">' },
  { name: 'markup that closes the excerpt', query: '</mark><b id="injected">fed</b>' },
  { name: 'emoji', query: '🌱💧 grøn' },
  { name: 'æ ø å in capitals', query: 'ÆØÅ Grøn BÆREDYGTIG' },
  { name: 'placeholders of the status message', query: '{count} {query} {where}' },
  { name: 'regular-expression characters', query: '.*+?^${}()|[]\\' },
];
