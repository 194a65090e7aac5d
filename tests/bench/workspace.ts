import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs from the repository; everything else (dist/, caches, tests) stays behind. */
const copied = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches that would make a build less than clean. */
const uncached = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * A private copy of the site to build from clean, so the benchmark never touches the repository's dist/
 * or its caches. node_modules is linked entry by entry, leaving out the caches Astro and Vite keep there.
 */
export function makeWorkspace(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  for (const entry of copied) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!uncached.has(entry))
      symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface BuildTimes {
  /** `npm run build` from start to exit, as a person waits for it. */
  wallSeconds: number;
  /** Astro's own "N page(s) built in X s", which includes the search index (built in its last hook). */
  astroSeconds: number | undefined;
  /** Vite's bundling of the site ("[vite] ✓ built in"), summed over its passes. */
  bundleSeconds: number | undefined;
  /** Rendering every route ("generating static routes … ✓ Completed in"), the PDF included. */
  renderSeconds: number | undefined;
  /**
   * From the end of bundling to the first rendered route: Astro collecting every route's paths, which is
   * where the site loads all content and makes the PDF. From the log's clock, so to the second.
   */
  pathsSeconds: number | undefined;
  /** Pagefind's indexing, as the integration logs it. */
  indexSeconds: number | undefined;
  /** Pages Astro reports built. */
  pages: number | undefined;
  log: string;
}

const ansi = /\x1b\[[0-9;]*m/g;
/** Astro and Vite write durations as "850ms", "4.79s" or "1m 51s". */
const duration = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;
export function seconds(text: string | undefined): number | undefined {
  const m = text === undefined ? null : /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/** Reads the phases out of Astro's build log. */
export function parseBuildLog(log: string): Omit<BuildTimes, 'wallSeconds' | 'log'> {
  const text = log.replace(ansi, '');
  const built = new RegExp(String.raw`\[build\] (\d+) page\(s\) built in ${duration}`).exec(text);
  const bundles = [
    ...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g')),
  ].map((m) => seconds(m[1])!);
  const afterRoutes = text.split('generating static routes')[1];
  const rendered = afterRoutes
    ? new RegExp(String.raw`^\S+ ✓ Completed in ${duration}`, 'm').exec(afterRoutes)
    : null;
  const indexed = /indexed .* in (\d+) ms/.exec(text);
  const clock = (pattern: RegExp) => {
    const m = pattern.exec(text);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  const bundled = clock(/^(\d\d):(\d\d):(\d\d) \[build\] Rearranging server assets/m);
  const firstRoute = clock(/^(\d\d):(\d\d):(\d\d) +├─ /m);
  return {
    pages: built ? Number(built[1]) : undefined,
    astroSeconds: seconds(built?.[2]),
    bundleSeconds: bundles.length > 0 ? bundles.reduce((a, b) => a + b, 0) : undefined,
    renderSeconds: seconds(rendered?.[1]),
    // A build across midnight would make this negative; a day later is the same clock time.
    pathsSeconds:
      bundled !== undefined && firstRoute !== undefined
        ? (firstRoute - bundled + 86_400) % 86_400
        : undefined,
    indexSeconds: indexed ? Number(indexed[1]) / 1000 : undefined,
  };
}

/** Runs `npm run build` in the workspace, as a person would, and times it. */
export function build(dir: string, timeoutMs = 30 * 60_000): Promise<BuildTimes> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    delete env['NODE_ENV'];
    const child = spawn('npm', ['run', 'build'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    const timer = setTimeout(() => {
      log += `\n[bench] stopped after ${timeoutMs / 1000} s\n`;
      // The build's whole process group, which this spawn started.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      writeFileSync(join(dir, 'build.log'), log);
      if (code !== 0)
        return fail(
          new Error(`npm run build failed in ${dir} (exit ${code}):\n${log.slice(-4000)}`),
        );
      ok({ wallSeconds, log, ...parseBuildLog(log) });
    });
  });
}
