import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { QueryTiming } from './search-latency.ts';
import type { SideBySide } from './side-by-side.ts';
import type { BuildTimes } from './workspace.ts';

/** What `pdf-timing.ts` measures on a workspace. */
export interface SeparateTimes {
  contentCheckSeconds: number;
  pdfs: { lang: string; seconds: number; bytes: number; pages: number }[];
}

export interface IndexSize {
  /** Word index chunks, filters and metadata of both languages. */
  indexBytes: number;
  /** One fragment per page: the text shown in results. */
  fragmentBytes: number;
  /** Everything under dist/pagefind/. */
  totalBytes: number;
}

export interface BuildResult extends Omit<BuildTimes, 'log'>, SeparateTimes {
  index: IndexSize;
}

export interface ScaleMeasured {
  /** Synthetic areas added per language to the real ones. */
  syntheticPerLanguage: number;
  build: BuildResult;
  /** The built Danish PDF and home page, which list every area. */
  pdfBytes: number;
  homeHtml: { raw: number; gzip: number; brotli: number };
  search: QueryTiming[];
}

/** A size that could not be built or measured is reported with what went wrong. */
export type ScaleRow = ScaleMeasured | { syntheticPerLanguage: number; error: string };

export interface BenchResult {
  version: 1;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    chromium: string;
    load: { at: string; loadavg: number[] }[];
  };
  settings: {
    searchRuns: number;
    lighthouseRuns: number;
    lighthouseCpuSlowdown: number;
    scales: number[];
    realAreasPerLanguage: number;
  };
  build: BuildResult;
  pages: PageWeight[];
  search: QueryTiming[];
  lighthouse: LighthouseResult[];
  scaling: ScaleRow[];
  /** This site and Starlight measured in the same run (`--side-by-side`); absent when skipped. */
  sideBySide?: SideBySide[];
}

