/**
 * Lighthouse (accessibility and performance) on the built app's customer user list, desktop and mobile.
 * `measureLighthouse(baseUrl)` is called by bench/run.ts with its preview server; `node bench/lighthouse.ts`
 * builds the app with the mock API, serves it and runs on its own.
 *
 * Runs the Lighthouse CLI in the system Chromium (CHROME_PATH overrides it), headless and without sandbox.
 * BENCH_LIGHTHOUSE_RUNS (default 3) runs per form factor; each figure is the median over the runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { percentile, systemChromium } from './browser.ts';
import { buildApp, serveApp } from './bundle.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];

export const lighthouseFormFactors = ['desktop', 'mobile'] as const;
type FormFactor = (typeof lighthouseFormFactors)[number];

/** The part of a Lighthouse result read here. */
interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; numericValue?: number }>;
}

export interface LighthouseFigures {
  formFactor: FormFactor;
  runs: number;
  /** 0–100, median over the runs. */
  accessibility: number;
  performance: number;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless; medians. */
  lcp: number;
  tbt: number;
  cls: number;
  /** The accessibility audits that failed in any run, with how many runs they failed in. */
  failingAudits: { id: string; title: string; failedRuns: number }[];
  warnings: string[];
}

async function lighthouseOnce(url: string, formFactor: FormFactor, workDir: string): Promise<LighthouseResult> {
  const outputPath = join(workDir, `${formFactor}-${Date.now()}.json`);
  const args = [
    cli,
    url,
    '--quiet',
    '--only-categories=accessibility,performance',
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    // Mobile is Lighthouse's default (a mid-range phone, simulated slow 4G); desktop its desktop preset.
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const chromePath = process.env.CHROME_PATH ?? systemChromium();
  await run(process.execPath, args, {
    env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const result = JSON.parse(readFileSync(outputPath, 'utf8')) as LighthouseResult;
  if (result.runtimeError) {
    throw new Error(`Lighthouse (${formFactor}): ${result.runtimeError.code} ${result.runtimeError.message}`);
  }
  return result;
}

const median = (values: number[]) => percentile(values, 50);
const score = (result: LighthouseResult, category: string) =>
  Math.round((result.categories[category]?.score ?? 0) * 100);
const numeric = (result: LighthouseResult, audit: string) => result.audits[audit]?.numericValue ?? Number.NaN;

/** Lighthouse on the customer user list (`/customer-users`) of the app served at `baseUrl`. */
export async function measureLighthouse(
  baseUrl: string,
  runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
): Promise<LighthouseFigures[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const figures: LighthouseFigures[] = [];
    for (const formFactor of lighthouseFormFactors) {
      const results: LighthouseResult[] = [];
      for (let index = 0; index < runs; index += 1) {
        results.push(await lighthouseOnce(`${baseUrl}/customer-users`, formFactor, workDir));
      }
      const failing = new Map<string, { id: string; title: string; failedRuns: number }>();
      for (const result of results) {
        for (const ref of result.categories.accessibility?.auditRefs ?? []) {
          const audit = result.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          const entry = failing.get(audit.id) ?? { id: audit.id, title: audit.title, failedRuns: 0 };
          entry.failedRuns += 1;
          failing.set(audit.id, entry);
        }
      }
      figures.push({
        formFactor,
        runs,
        accessibility: median(results.map((result) => score(result, 'accessibility'))),
        performance: median(results.map((result) => score(result, 'performance'))),
        lcp: median(results.map((result) => numeric(result, 'largest-contentful-paint'))),
        tbt: median(results.map((result) => numeric(result, 'total-blocking-time'))),
        cls: median(results.map((result) => numeric(result, 'cumulative-layout-shift'))),
        failingAudits: [...failing.values()],
        warnings: [...new Set(results.flatMap((result) => result.runWarnings ?? []))],
      });
    }
    return figures;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The figures as the benchmark prints them. */
export function printLighthouse(figures: LighthouseFigures[]) {
  const runs = figures[0]?.runs ?? 0;
  console.log(
    `Lighthouse on the customer user list (${runs === 1 ? '1 run' : `median of ${runs} runs`} per form factor):`,
  );
  for (const figure of figures) {
    console.log(
      `  ${figure.formFactor.padEnd(7)} accessibility ${figure.accessibility}   performance ${figure.performance}   ` +
        `LCP ${figure.lcp.toFixed(0)} ms   TBT ${figure.tbt.toFixed(0)} ms   CLS ${figure.cls.toFixed(3)}`,
    );
    for (const audit of figure.failingAudits) {
      console.log(
        `    failing accessibility audit: ${audit.id} (${audit.title}), in ${audit.failedRuns}/${figure.runs} runs`,
      );
    }
    for (const warning of figure.warnings) console.log(`    warning: ${warning}`);
  }
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = join(root, 'dist');
  const port = 4199;
  await buildApp(root, outDir);
  const server = await serveApp(root, outDir, port);
  try {
    printLighthouse(await measureLighthouse(`http://localhost:${port}`));
  } finally {
    await server.close();
  }
}
