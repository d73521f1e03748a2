import { launchChromium } from './browser.ts';

export const importRows = 10_000;

/**
 * A file of `rows` rows as an admin might import it: mostly new customer users, some updates of the seed's
 * hand-picked ones (a new city), and one row in a hundred with an email that is no address.
 */
function importCsv(rows: number): string {
  const updates = [
    'jdoe,John,Doe,john.doe@nordwind-logistik.example,nordwind-logistics',
    'jane.doe,Jane,Doe,jane.doe@atlas-medical.example,atlas-medical',
    'msmith,Mary,Smith,mary.smith@atlas-medical.example,atlas-medical',
    'ohaddad,Omar,Haddad,omar.haddad@ganges-software.example,ganges-software',
    'mnovak,Martin,Novák,martin.novak@baltic-shipping.example,baltic-shipping',
  ];
  const lines = ['Username,Firstname,Lastname,Email,Customer,City'];
  for (let index = 0; index < rows; index++) {
    const update = updates[index];
    if (update) lines.push(`${update},Bench City ${index}`);
    else if (index % 100 === 99) lines.push(`bench.bad${index},Bad,Row ${index},not-an-address,nordwind-logistics,`);
    else lines.push(`bench.user${index},Bench,User ${index},bench.user${index}@example.com,nordwind-logistics,Kiel`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The import screen with a 10 000-row file, in the production build: choosing the file → the preview's
 * counts on screen (target < 2 s), then Import → the summary on screen, with the longest main-thread
 * block while it runs (long tasks, and the longest gap between animation frames), which says whether
 * the page stayed responsive.
 */
export async function measureImport(baseUrl: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl}/customer-users/import?demo=reset`);
    await page.getByRole('heading', { level: 1, name: 'Import Customer Users' }).waitFor({ timeout: 60_000 });

    // Long tasks and frame gaps, from now on, each with its start time.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const longTasks: [number, number][] = [];
      const frameGaps: [number, number][] = [];
      w.benchLongTasks = longTasks;
      w.benchFrameGaps = frameGaps;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: false });
      let last = performance.now();
      const frame = (now: number) => {
        frameGaps.push([last, now - last]);
        last = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLInputElement).type === 'file') w.benchChosen = performance.now();
        },
        true,
      );
      document.addEventListener(
        'click',
        (event) => {
          if ((event.target as HTMLElement).closest('button')?.textContent === 'Import')
            w.benchImport = performance.now();
        },
        true,
      );
      const statusText = (pattern: RegExp) =>
        [...document.querySelectorAll('[role="status"], [role="alert"]')].some((node) =>
          pattern.test(node.textContent ?? ''),
        );
      new MutationObserver(() => {
        if (w.benchPreviewed === undefined && statusText(/^[\d,.]+ rows: /)) w.benchPreviewed = performance.now();
        if (w.benchImported === undefined && statusText(/customer users? added|The import stopped/))
          w.benchImported = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await page.getByLabel('CSV file').setInputFiles({
      name: 'bench-customer-users.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(importCsv(importRows), 'utf8'),
    });
    await page.waitForFunction(
      () => (window as unknown as Record<string, unknown>).benchPreviewed !== undefined,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const counts = await page
      .getByRole('status')
      .filter({ hasText: / rows: / })
      .first()
      .textContent();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForFunction(
      () => (window as unknown as Record<string, unknown>).benchImported !== undefined,
      undefined,
      {
        timeout: 600_000,
      },
    );
    const summary = await page
      .getByRole('status')
      .filter({ hasText: /customer users? added/ })
      .or(page.getByRole('alert'))
      .first()
      .textContent();

    const timing = await page.evaluate(() => {
      const w = window as unknown as {
        benchChosen: number;
        benchPreviewed: number;
        benchImport: number;
        benchImported: number;
        benchLongTasks: [number, number][];
        benchFrameGaps: [number, number][];
      };
      const longestIn = (entries: [number, number][], from: number, to: number) =>
        Math.max(0, ...entries.filter(([start]) => start >= from && start <= to).map(([, duration]) => duration));
      return {
        preview: w.benchPreviewed - w.benchChosen,
        importTotal: w.benchImported - w.benchImport,
        previewLongestTask: longestIn(w.benchLongTasks, w.benchChosen, w.benchPreviewed),
        importLongestTask: longestIn(w.benchLongTasks, w.benchImport, w.benchImported),
        importLongestFrameGap: longestIn(w.benchFrameGaps, w.benchImport, w.benchImported),
        importLongTasks: w.benchLongTasks.filter(([start]) => start >= w.benchImport && start <= w.benchImported)
          .length,
      };
    });
    return { rows: importRows, counts: counts ?? '', summary: summary ?? '', ...timing };
  } finally {
    await browser.close();
  }
}

export function printImport(result: Awaited<ReturnType<typeof measureImport>>) {
  console.log(`import of ${result.rows} rows (${result.counts}):`);
  console.log(`  file chosen → preview counts on screen: ${result.preview.toFixed(0)} ms   target < 2000 ms`);
  console.log(`    longest main-thread task meanwhile: ${result.previewLongestTask.toFixed(0)} ms`);
  console.log(`  Import → summary on screen: ${result.importTotal.toFixed(0)} ms (${result.summary})`);
  console.log(
    `    longest main-thread block meanwhile: ${result.importLongestTask.toFixed(0)} ms long task ` +
      `(${result.importLongTasks} long tasks), ${result.importLongestFrameGap.toFixed(0)} ms between frames`,
  );
}
