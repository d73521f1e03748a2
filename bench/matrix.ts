import { launchChromium } from './browser.ts';

export const matrixGroups = 1000;

/** The permissions matrix with 1000 groups: click on the Groups tab → its first rows on screen, and a select-all toggle. */
export async function measureMatrix(baseUrl: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (dialog) => dialog.accept());
    // A user without direct groups: select-all goes from none to all and back.
    await page.goto(`${baseUrl}/customer-users?search=jane.doe&demo-groups=${matrixGroups}`);
    await page.getByRole('link', { name: 'jane.doe', exact: true }).click();
    await page.getByRole('heading', { name: 'Effective Permissions for Customer User' }).waitFor({ timeout: 60_000 });
    const tabs = page.getByRole('navigation', { name: 'Customer user' });

    const openTimes: number[] = [];
    const toggleTimes: number[] = [];
    const saveTimes: number[] = [];
    for (let run = 0; run < 6; run += 1) {
      await tabs.getByRole('link', { name: 'Data' }).click();
      await page.getByRole('button', { name: 'Save and finish' }).waitFor();
      const opened = await page.evaluate(
        (expectedRows) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const matrix = () =>
              [...document.querySelectorAll('table')].find(
                (table) => table.caption?.textContent === 'Group permissions of this customer user',
              );
            // The matrix renders only the rows in view: it is there once it announces every row and shows the first ones.
            const done = () => {
              const table = matrix();
              return (
                Number(table?.getAttribute('aria-rowcount') ?? 0) >= expectedRows &&
                (table?.querySelectorAll('tbody tr[aria-rowindex]').length ?? 0) >= 10
              );
            };
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

      // Save the toggled column (1000 rows, granted and revoked in turn) → "Changes saved." on screen.
      const saved = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const save = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Save');
            const start = performance.now();
            const check = () => {
              const statuses = [...document.querySelectorAll('[role="status"]')];
              if (statuses.some((status) => status.textContent === 'Changes saved.')) {
                const inDom = performance.now();
                requestAnimationFrame(() => resolve(Math.max(inDom, performance.now()) - start));
              } else {
                setTimeout(check, 0);
              }
            };
            save?.click();
            check();
          }),
      );
      saveTimes.push(saved);
    }
    return {
      firstOpen: openTimes[0] ?? Number.NaN,
      reopen: openTimes.slice(1),
      toggle: toggleTimes,
      save: saveTimes,
    };
  } finally {
    await browser.close();
  }
}
