/**
 * npm run bench: builds the production bundle, measures its initial JS, then drives the built app in
 * Chromium against the mock API with 100000 customer users and times search → rows on screen, and
 * the permissions matrix with 1000 groups, Export CSV of every user, Import CSV of 10 000 rows, a cold load
 * (first rows, JS before them, heap) and edit-form opens,
 * and runs Lighthouse (accessibility, performance) on the list.
 */
import { join } from 'node:path';
import { percentile } from './browser.ts';
import { kb, measureBundle, serveApp } from './bundle.ts';
import { measureExport, printExport } from './export.ts';
import { measureImport, printImport } from './import.ts';
import { measureLighthouse, printLighthouse } from './lighthouse.ts';
import { matrixGroups, measureMatrix } from './matrix.ts';
import { measureScale } from './scale.ts';
import { measureSearch } from './search.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist');
const demoUsers = Number(process.env.BENCH_USERS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 40);
const scaleRuns = Number(process.env.BENCH_SCALE_RUNS ?? 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const bundle = await measureBundle(root, outDir);
const server = await serveApp(root, outDir, 4199);
try {
  const search = await measureSearch('http://localhost:4199', demoUsers, runs);
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
  console.log(
    `  the mock API's round trip split: store scan ${median(search.storeScan)} ms (p95 ${p95(search.storeScan)}), ` +
      `page ↔ worker round trip ${median(search.pageWorkerRoundTrip)} ms (p95 ${p95(search.pageWorkerRoundTrip)})`,
  );
  console.log(`row elements in the DOM (max): ${search.maxRows}   target ≤ 100`);
  const matrix = await measureMatrix('http://localhost:4199');
  console.log(`permissions matrix with ${matrixGroups} groups (Groups tab click → rows on screen, next frame):`);
  console.log(
    `  first open (the screen's code preloaded while the edit screen was read; fetches its data): ${matrix.firstOpen.toFixed(1)} ms   target ≤ 150 ms`,
  );
  console.log(
    `  later opens: median ${median(matrix.reopen)} ms   max ${Math.max(...matrix.reopen).toFixed(1)} ms   target ≤ 100 ms`,
  );
  console.log(
    `  select-all toggle: median ${median(matrix.toggle)} ms   max ${Math.max(...matrix.toggle).toFixed(1)} ms   target ≤ 50 ms`,
  );
  console.log(
    `  save of the toggled column (Save → "Changes saved."): median ${median(matrix.save)} ms   max ${Math.max(...matrix.save).toFixed(1)} ms`,
  );
  printExport(await measureExport('http://localhost:4199', demoUsers));
  printImport(await measureImport('http://localhost:4199'));
  const scale = await measureScale('http://localhost:4199', outDir, demoUsers, scaleRuns);
  const cold = (pick: (run: (typeof scale.cold)[number]) => number) => scale.cold.map(pick);
  console.log(`cold load of the list with ${demoUsers} users, ${scale.cold.length} fresh visits:`);
  console.log(
    `  first rows on screen: median ${median(cold((run) => run.firstRows))} ms   p95 ${p95(cold((run) => run.firstRows))} ms   target ≤ 1500 ms`,
  );
  console.log(
    `  JS fetched before the first rows (gzip): ${kb(
      percentile(
        cold((run) => run.jsBeforeFirstRows),
        50,
      ),
    )}   target ≤ 200 KB`,
  );
  const heap = percentile(
    cold((run) => run.heap),
    50,
  );
  console.log(
    `  JS heap after GC: ${mb(heap)}   target ≤ 30 MB; with the small seed ${mb(scale.seedHeap)}, so the store of ${demoUsers} users takes about ${mb(heap - scale.seedHeap)}`,
  );
  console.log(
    `first open of an edit form (click → form): median ${median(scale.edits.first)} ms   p95 ${p95(scale.edits.first)} ms   target ≤ 120 ms`,
  );
  console.log(
    `later opens: median ${median(scale.edits.later)} ms   p95 ${p95(scale.edits.later)} ms   target ≤ 80 ms`,
  );
  printLighthouse(await measureLighthouse('http://localhost:4199'));
} finally {
  await server.close();
}
