import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './browser.ts';

/** The list's first rows are on screen: the time since the navigation began, from inside the page. */
async function firstRowsAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const row = document.querySelector('main table tbody tr');
      return row ? performance.now() : undefined;
    },
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** The JS files fetched until `until` (ms since navigation), named by their path. */
async function scriptsFetchedBefore(page: Page, until: number): Promise<string[]> {
  return page.evaluate(
    (limit) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && (entry as PerformanceResourceTiming).responseEnd <= limit)
        .map((entry) => new URL(entry.name).pathname),
    until,
  );
}

/** The page's JS heap after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

export interface ColdLoad {
  firstRows: number;
  /** gzip bytes of the built JS the page fetched before its first rows. */
  jsBeforeFirstRows: number;
  heap: number;
}

/** A fresh visit (new context: no cache, no stored demo data) of the list with the demo data `demoSwitch` makes. */
async function coldLoad(browser: Browser, baseUrl: string, outDir: string, demoSwitch: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/customer-users?${demoSwitch}`);
    const firstRows = await firstRowsAt(page);
    const scripts = await scriptsFetchedBefore(page, firstRows);
    const jsBeforeFirstRows = scripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(outDir, decodeURIComponent(path)))).length,
      0,
    );
    // Whatever runs after the first rows (an index built when idle…) counts towards the heap.
    await page.waitForTimeout(2000);
    return { firstRows, jsBeforeFirstRows, heap: await heapAfterGc(page) };
  } finally {
    await context.close();
  }
}

/** Click on a username in the list → the edit form's fields on screen, in ms. */
async function openEditForm(page: Page, login: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll('main table a')].find((a) => a.textContent === name);
        if (!(link instanceof HTMLAnchorElement)) {
          reject(new Error(`no link ${name}`));
          return;
        }
        const formShown = () => document.querySelector('main form input[name="email"]');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!formShown()) return;
          observer.disconnect();
          const inDom = performance.now();
          requestAnimationFrame(() => resolve(Math.max(inDom, performance.now()) - start));
        });
        observer.observe(document.body, { subtree: true, childList: true });
        // As a pointer does on its way to the click.
        link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        link.click();
      }),
    login,
  );
}

export interface EditOpens {
  first: number[];
  later: number[];
}

/** First open of an edit form after a cold load (one per visit), and later opens in the same visit. */
async function editOpens(browser: Browser, baseUrl: string, users: number, visits: number): Promise<EditOpens> {
  const first: number[] = [];
  const later: number[] = [];
  for (let visit = 0; visit < visits; visit += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      page.on('dialog', (dialog) => dialog.accept());
      await page.goto(`${baseUrl}/customer-users?demo-users=${users}`);
      await firstRowsAt(page);
      await page.waitForTimeout(500);
      const logins = await page.locator('main table tbody tr td:first-child a').allTextContents();
      for (const [index, login] of logins.slice(0, 6).entries()) {
        const opened = await openEditForm(page, login);
        (index === 0 ? first : later).push(opened);
        await page.goBack();
        await firstRowsAt(page);
      }
    } finally {
      await context.close();
    }
  }
  return { first, later };
}

export interface ScaleResults {
  cold: ColdLoad[];
  seedHeap: number;
  edits: EditOpens;
}

/**
 * What an admin feels at scale: the first rows of a cold load, the JS fetched before them, the heap
 * after GC (and its difference to the small seed: the store's memory), and opening edit forms.
 */
export async function measureScale(baseUrl: string, outDir: string, users: number, runs: number) {
  const browser = await launchChromium();
  try {
    const cold: ColdLoad[] = [];
    for (let run = 0; run < runs; run += 1) cold.push(await coldLoad(browser, baseUrl, outDir, `demo-users=${users}`));
    const seed = await coldLoad(browser, baseUrl, outDir, 'demo=reset');
    const edits = await editOpens(browser, baseUrl, users, Math.max(2, Math.ceil(runs / 2)));
    return { cold, seedHeap: seed.heap, edits } satisfies ScaleResults;
  } finally {
    await browser.close();
  }
}
