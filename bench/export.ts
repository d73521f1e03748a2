import { readFile, stat } from 'node:fs/promises';
import { launchChromium } from './browser.ts';
import { kb } from './bundle.ts';

/** What the page notes while an export runs (set up by `watchExport`). */
interface ExportWatch {
  start: number | null;
  download: number | null;
  /** Long tasks (≥ 50 ms) that began after the click: their durations. */
  longTasks: number[];
  /** The longest gap between two animation frames while the export ran (≈ 16.7 ms when nothing blocks). */
  maxFrameGap: number;
  /** Time spent waiting for the list endpoint's answers (the mock API, with its service worker). */
  apiWait: number;
  pages: number;
}

export interface ExportFigures {
  users: number;
  /** Click on Export CSV → the download handed to the browser. */
  clickToDownload: number;
  longestTask: number;
  longTasks: number;
  maxFrameGap: number;
  apiWait: number;
  pages: number;
  rows: number;
  bytes: number;
}

/**
 * Export CSV with `users` customer users generated (`?demo-users=N`): click → download (the export's code
 * loads on the click, or on the hover just before it, as for an admin's first export), the longest
 * main-thread task during it (PerformanceObserver `longtask`) and the longest gap between animation frames.
 * The mock API answers each page in the page's own main thread (MSW), so its work counts in both; its wait
 * is reported apart.
 */
export async function measureExport(baseUrl: string, users: number): Promise<ExportFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?demo-users=${users}`);
    await page.getByRole('heading', { name: /^List \(/ }).waitFor({ timeout: 60_000 });
    const button = page.getByRole('button', { name: 'Export CSV' });

    await page.evaluate(() => {
      const watch: ExportWatch = {
        start: null,
        download: null,
        longTasks: [],
        maxFrameGap: 0,
        apiWait: 0,
        pages: 0,
      };
      (window as unknown as { benchExport: ExportWatch }).benchExport = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (watch.start !== null && entry.startTime >= watch.start) watch.longTasks.push(entry.duration);
        }
      }).observe({ type: 'longtask' });
      let lastFrame = performance.now();
      const frame = (now: number) => {
        if (watch.start !== null && watch.download === null) {
          watch.maxFrameGap = Math.max(watch.maxFrameGap, now - lastFrame);
        }
        lastFrame = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      document.addEventListener(
        'click',
        (event) => {
          const target = event.target instanceof Element ? event.target.closest('button') : null;
          if (target?.textContent === 'Export CSV') {
            watch.start = performance.now();
            lastFrame = watch.start;
          }
        },
        true,
      );
      const fetchApi = window.fetch;
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        const url = String(args[0] instanceof Request ? args[0].url : args[0]);
        const isExportPage = url.includes('/customer-users?') && url.includes('limit=1000');
        const sent = performance.now();
        const response = await fetchApi(...args);
        if (isExportPage && watch.start !== null) {
          watch.apiWait += performance.now() - sent;
          watch.pages += 1;
        }
        return response;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function clickAndNote(this: HTMLAnchorElement) {
        if (this.download && watch.start !== null) watch.download = performance.now();
        click.call(this);
      };
    });

    const downloading = page.waitForEvent('download', { timeout: 600_000 });
    await button.click();
    const download = await downloading;
    await page
      .getByRole('status')
      .filter({ hasText: /^Exported / })
      .waitFor({ timeout: 60_000 });
    // Let the last long task's entry arrive.
    await page.waitForTimeout(200);
    const watch = await page.evaluate(() => (window as unknown as { benchExport: ExportWatch }).benchExport);

    const file = (await download.path()) ?? '';
    const bytes = (await stat(file)).size;
    const text = await readFile(file, 'utf8');
    // Data rows: records after the header. Generated users have no line breaks inside cells.
    const rows = text.split('\r\n').filter((line) => line !== '').length - 1;

    return {
      users,
      clickToDownload: (watch.download ?? Number.NaN) - (watch.start ?? Number.NaN),
      longestTask: Math.max(0, ...watch.longTasks),
      longTasks: watch.longTasks.length,
      maxFrameGap: watch.maxFrameGap,
      apiWait: watch.apiWait,
      pages: watch.pages,
      rows,
      bytes,
    };
  } finally {
    await browser.close();
  }
}

export function printExport(figures: ExportFigures) {
  console.log(`Export CSV with ${figures.users} users (click → download):`);
  console.log(
    `  ${figures.clickToDownload.toFixed(0)} ms for ${figures.rows} rows in ${figures.pages} pages, ${kb(figures.bytes)}; ` +
      `of which waiting for the mock API ${figures.apiWait.toFixed(0)} ms`,
  );
  console.log(
    `  main thread: longest task ${figures.longestTask.toFixed(0)} ms (${figures.longTasks} tasks ≥ 50 ms), ` +
      `longest frame gap ${figures.maxFrameGap.toFixed(0)} ms   target: no frame gap ≥ 200 ms`,
  );
}
