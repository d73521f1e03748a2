/**
 * npm run bench: builds the production bundle, measures its initial JS, then drives the built app in
 * Chromium against the mock API with 100000 customer users and times search → rows on screen.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist');
const demoUsers = Number(process.env.BENCH_USERS ?? 100_000);
const warmups = 3;
const runs = Number(process.env.BENCH_RUNS ?? 40);

/** The system Chromium where there is one, Playwright's own otherwise. */
function launchChromium() {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  return chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measureBundle() {
  process.env.VITE_API_MOCKING = 'on';
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((match) => join(outDir, match[1] ?? ''));
  const assets = join(outDir, 'assets');
  const allJs = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name));
  const initialGzip = initial.reduce((sum, file) => sum + gzipSize(file), 0);
  const allGzip = allJs.reduce((sum, file) => sum + gzipSize(file), 0);
  return {
    initialFiles: initial.length,
    initialGzip,
    allGzip,
    allRaw: allJs.reduce((s, f) => s + statSync(f).size, 0),
  };
}

/** Distinct terms, so no answer comes from the query cache; most match far more than a page. */
function searchTerms(count: number): string[] {
  const syllables = ['an', 'el', 'ma', 'ri', 'to', 'ka', 'li', 'mo', 'sa', 'ta', 'ne', 'ra', 'ke', 'so', 'in', 'er'];
  const terms = ['*', 'ma*in', 'a*o', 'mar', 'lee', 'ng', 'son', 'nordwind', 'maria garcia', '"an"'];
  for (const first of syllables) for (const second of syllables) terms.push(`${first}${second}`);
  return terms.slice(0, count);
}

async function measureSearch(baseUrl: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl}/?demo-users=${demoUsers}`);
    await page.getByRole('heading', { name: /^List \(only \d+ shown/ }).waitFor({ timeout: 60_000 });

    await page.evaluate(() => {
      const w = window as unknown as Record<string, number | string | null>;
      // Where the time goes: the app before the request, the mock API's round trip, the app after it.
      const fetchApi = window.fetch;
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        const isList = String(args[0] instanceof Request ? args[0].url : args[0]).includes('/customer-users?');
        if (isList) w.benchRequest = performance.now();
        const response = await fetchApi(...args);
        if (isList) w.benchResponse = performance.now();
        return response;
      };
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') w.benchStart = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        const list = document.querySelector('section.list');
        if (w.benchDone === null && list?.getAttribute('data-search') === w.benchTerm) {
          w.benchDone = performance.now();
          requestAnimationFrame(() => {
            w.benchFrame = performance.now();
          });
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    const search = page.getByRole('searchbox', { name: 'Search' });
    const toDom: number[] = [];
    const toFrame: number[] = [];
    const appBefore: number[] = [];
    const mockApiRoundTrip: number[] = [];
    const appAfter: number[] = [];
    let maxRows = 0;
    const terms = searchTerms(warmups + runs);
    for (const [index, term] of terms.entries()) {
      await search.fill(term);
      await page.evaluate((expected) => {
        const w = window as unknown as Record<string, number | string | null>;
        Object.assign(w, {
          benchTerm: expected,
          benchDone: null,
          benchFrame: null,
          benchStart: null,
          benchRequest: null,
          benchResponse: null,
        });
      }, term);
      await search.press('Enter');
      const timing = await page.waitForFunction(
        () => {
          const w = window as unknown as Record<string, number | null>;
          return w.benchFrame && w.benchDone && w.benchStart
            ? {
                dom: w.benchDone - w.benchStart,
                frame: w.benchFrame - w.benchStart,
                beforeRequest: (w.benchRequest ?? w.benchStart) - w.benchStart,
                mockApi: (w.benchResponse ?? w.benchStart) - (w.benchRequest ?? w.benchStart),
              }
            : null;
        },
        undefined,
        { timeout: 10_000 },
      );
      const { dom, frame, beforeRequest, mockApi } = (await timing.jsonValue()) as Record<string, number>;
      const rows = await page.evaluate(() => document.querySelectorAll('tr').length);
      maxRows = Math.max(maxRows, rows);
      if (index >= warmups) {
        toDom.push(dom ?? Number.NaN);
        toFrame.push(frame ?? Number.NaN);
        appBefore.push(beforeRequest ?? Number.NaN);
        mockApiRoundTrip.push(mockApi ?? Number.NaN);
        appAfter.push((frame ?? Number.NaN) - (beforeRequest ?? Number.NaN) - (mockApi ?? Number.NaN));
      }
    }
    return { toDom, toFrame, appBefore, mockApiRoundTrip, appAfter, maxRows };
  } finally {
    await browser.close();
  }
}

const matrixGroups = 1000;

/** The permissions matrix with 1000 groups: click on the Groups tab → rows on screen, and a select-all toggle. */
async function measureMatrix(baseUrl: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (dialog) => dialog.accept());
    // A user without direct groups: select-all goes from none to all and back.
    await page.goto(`${baseUrl}/customer-users/cu-000002?demo-groups=${matrixGroups}`);
    await page.getByRole('heading', { name: 'Effective Permissions for Customer User' }).waitFor({ timeout: 60_000 });
    const tabs = page.getByRole('navigation', { name: 'Customer user' });

    const openTimes: number[] = [];
    const toggleTimes: number[] = [];
    for (let run = 0; run < 6; run += 1) {
      await tabs.getByRole('link', { name: 'Data' }).click();
      await page.getByRole('button', { name: 'Save and finish' }).waitFor();
      const opened = await page.evaluate(
        (expectedRows) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const done = () => document.querySelectorAll('table.matrix tbody tr').length >= expectedRows;
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              const inDom = performance.now();
              requestAnimationFrame(() => resolve(Math.max(inDom, performance.now()) - start));
            });
            observer.observe(document.body, { subtree: true, childList: true });
            const tab = [...document.querySelectorAll('nav[aria-label="Customer user"] a')].find(
              (link) => link.textContent === 'Groups',
            ) as HTMLAnchorElement;
            tab.click();
          }),
        matrixGroups,
      );
      openTimes.push(opened);

      const toggled = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const selectAll = document.querySelector('[aria-label="Toggle ro permission for all"]') as HTMLInputElement;
            const boxes = [
              ...document.querySelectorAll('input[aria-label^="ro permission for "]'),
            ] as HTMLInputElement[];
            const target = !selectAll.checked;
            const start = performance.now();
            selectAll.click();
            const check = () => {
              if (boxes.every((box) => box.checked === target)) {
                const inDom = performance.now();
                requestAnimationFrame(() => resolve(Math.max(inDom, performance.now()) - start));
              } else {
                setTimeout(check, 0);
              }
            };
            queueMicrotask(check);
          }),
      );
      toggleTimes.push(toggled);
      // Leave without the unsaved-changes question: undo the toggle first.
      await page.getByRole('checkbox', { name: 'Toggle ro permission for all' }).click();
    }
    return { firstOpen: openTimes[0] ?? Number.NaN, reopen: openTimes.slice(1), toggle: toggleTimes };
  } finally {
    await browser.close();
  }
}

const bundle = await measureBundle();
const server = await preview({ root, logLevel: 'warn', preview: { port: 4199, strictPort: true }, build: { outDir } });
try {
  const search = await measureSearch('http://localhost:4199');
  const median = (values: number[]) => percentile(values, 50).toFixed(1);
  const p95 = (values: number[]) => percentile(values, 95).toFixed(1);
  console.log('\nCustomer User Administration benchmark');
  console.log(`initial JS (gzip, ${bundle.initialFiles} files): ${kb(bundle.initialGzip)}   target ≤ 120 KB`);
  console.log(
    `all JS incl. on-demand chunks and the mock API (gzip): ${kb(bundle.allGzip)} (${kb(bundle.allRaw)} raw)`,
  );
  console.log(`search with ${demoUsers} users, ${search.toFrame.length} runs, Enter → rows:`);
  console.log(`  in the DOM:      median ${median(search.toDom)} ms   p95 ${p95(search.toDom)} ms`);
  console.log(
    `  on screen (next frame): median ${median(search.toFrame)} ms   p95 ${p95(search.toFrame)} ms   target p95 ≤ 50 ms`,
  );
  console.log(
    `  of which: app until the request ${median(search.appBefore)} ms (p95 ${p95(search.appBefore)}), ` +
      `mock API round trip incl. its service worker ${median(search.mockApiRoundTrip)} ms (p95 ${p95(search.mockApiRoundTrip)}), ` +
      `app from the answer to the frame ${median(search.appAfter)} ms (p95 ${p95(search.appAfter)})`,
  );
  console.log(`row elements in the DOM (max): ${search.maxRows}   target ≤ 100`);
  const matrix = await measureMatrix('http://localhost:4199');
  console.log(`permissions matrix with ${matrixGroups} groups (Groups tab click → rows on screen, next frame):`);
  console.log(
    `  first open (the screen's code preloaded while the edit screen was read; fetches its data): ${matrix.firstOpen.toFixed(1)} ms`,
  );
  console.log(
    `  later opens: median ${median(matrix.reopen)} ms   max ${Math.max(...matrix.reopen).toFixed(1)} ms   target ≤ 200 ms`,
  );
  console.log(
    `  select-all toggle: median ${median(matrix.toggle)} ms   max ${Math.max(...matrix.toggle).toFixed(1)} ms   target ≤ 50 ms`,
  );
} finally {
  await server.close();
}
