import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromePath } from '../support/browser.ts';
import { median } from './search-latency.ts';

const run = promisify(execFile);

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseResult {
  name: string;
  path: string;
  /** Median score (0–100) of the runs, per category. */
  scores: Record<Category, number>;
  /** Every run's scores, since performance moves with the machine's load. */
  runs: Record<Category, number>[];
  /** Audits that cost points in any run, each with its worst run: id, what Lighthouse measured, score. */
  failing: string[];
  /** Lighthouse's measure of this machine's speed (a mid-range phone is about 1000 after its 4× slowdown). */
  benchmarkIndex: number[];
  /** Total blocking time (ms) of each run: the metric that moves most on a busy machine. */
  tbtMs: number[];
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
    }
  >;
  environment: { benchmarkIndex: number };
}

/** Lighthouse 13 on Debian's Chromium, mobile (its default form factor and throttling). */
async function lighthouseOnce(
  url: string,
  out: string,
  cpuSlowdown: number | undefined,
): Promise<Report> {
  await run(
    'npx',
    [
      'lighthouse',
      url,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      ...(cpuSlowdown === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]),
    ],
    {
      env: { ...process.env, CHROME_PATH: chromePath },
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

export async function lighthouse(
  base: string,
  name: string,
  path: string,
  runs: number,
  /** Lighthouse's CPU slowdown for mobile; undefined keeps its default (4). */
  cpuSlowdown?: number,
): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++)
      reports.push(await lighthouseOnce(`${base}${path}`, join(dir, `${i}.json`), cpuSlowdown));
    const scoresOf = (r: Report) =>
      Object.fromEntries(
        categories.map((c) => [c, Math.round((r.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
    const all = reports.map(scoresOf);
    // Per audit, its worst run: audits only weigh in a category's score ("insights" and diagnostics do not).
    const worst = new Map<string, { score: number; shown: string }>();
    for (const report of reports) {
      const weighed = new Set(
        categories.flatMap(
          (c) => report.categories[c]?.auditRefs.filter((a) => a.weight > 0).map((a) => a.id) ?? [],
        ),
      );
      for (const audit of Object.values(report.audits)) {
        if (!weighed.has(audit.id) || audit.score === null || audit.score >= 1) continue;
        if ((worst.get(audit.id)?.score ?? 1) <= audit.score) continue;
        worst.set(audit.id, { score: audit.score, shown: audit.displayValue ?? '' });
      }
    }
    const failing = [...worst].map(
      ([id, { score, shown }]) => `${id} ${shown ? `${shown}, ` : ''}score ${score.toFixed(2)}`,
    );
    return {
      name,
      path,
      scores: Object.fromEntries(
        categories.map((c) => [c, median(all.map((s) => s[c]))]),
      ) as Record<Category, number>,
      runs: all,
      failing,
      benchmarkIndex: reports.map((r) => Math.round(r.environment.benchmarkIndex)),
      tbtMs: reports.map((r) => Math.round(r.audits['total-blocking-time']?.numericValue ?? 0)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
