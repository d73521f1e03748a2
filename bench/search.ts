import { launchChromium } from './browser.ts';

const warmups = 3;

/** Distinct terms, so no answer comes from the query cache; most match far more than a page. */
function searchTerms(count: number): string[] {
  const syllables = ['an', 'el', 'ma', 'ri', 'to', 'ka', 'li', 'mo', 'sa', 'ta', 'ne', 'ra', 'ke', 'so', 'in', 'er'];
  const terms = ['*', 'ma*in', 'a*o', 'mar', 'lee', 'ng', 'son', 'nordwind', 'maria garcia', '"an"'];
  for (const first of syllables) for (const second of syllables) terms.push(`${first}${second}`);
  return terms.slice(0, count);
}

/** Enter in the sidebar search → rows on screen, with every customer user generated. */
export async function measureSearch(baseUrl: string, demoUsers: number, runs: number) {
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
        if (isList) {
          w.benchResponse = performance.now();
          // The store's own time for the list, which the mock API says in Server-Timing.
          const timing = /store;dur=([\d.]+)/.exec(response.headers.get('Server-Timing') ?? '');
          w.benchStore = timing ? Number(timing[1]) : null;
        }
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
        const list = document.querySelector('[data-search]');
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
    /** The mock API's round trip, split: the store's own time (its Server-Timing), and the rest: page ↔ worker. */
    const storeScan: number[] = [];
    const pageWorkerRoundTrip: number[] = [];
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
          benchStore: null,
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
                store: w.benchStore ?? Number.NaN,
              }
            : null;
        },
        undefined,
        { timeout: 10_000 },
      );
      const { dom, frame, beforeRequest, mockApi, store } = (await timing.jsonValue()) as Record<string, number>;
      const rows = await page.evaluate(() => document.querySelectorAll('tr').length);
      maxRows = Math.max(maxRows, rows);
      if (index >= warmups) {
        toDom.push(dom ?? Number.NaN);
        toFrame.push(frame ?? Number.NaN);
        appBefore.push(beforeRequest ?? Number.NaN);
        mockApiRoundTrip.push(mockApi ?? Number.NaN);
        appAfter.push((frame ?? Number.NaN) - (beforeRequest ?? Number.NaN) - (mockApi ?? Number.NaN));
        storeScan.push(store ?? Number.NaN);
        pageWorkerRoundTrip.push((mockApi ?? Number.NaN) - (store ?? Number.NaN));
      }
    }
    return { toDom, toFrame, appBefore, mockApiRoundTrip, appAfter, storeScan, pageWorkerRoundTrip, maxRows };
  } finally {
    await browser.close();
  }
}
