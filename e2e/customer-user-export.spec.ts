import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { paths } from '@/config/paths';
import { englishCustomerUserCsvHeader } from '@/testing/customer-user-csv-header';
import { expect, test } from './fixtures';

/** The count in the list's heading, "List (N total)" (N grouped from five digits on: "12,345"). */
async function listTotal(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { name: /^List \([\d,]+ total\)$/ });
  await expect(heading).toBeVisible();
  return Number((await heading.textContent())?.replace(/\D/g, ''));
}

/** Clicks Export CSV and takes the file it downloads. */
async function exportCsv(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  return downloading;
}

/** The file's header and data records, read as a spreadsheet program reads RFC 4180 CSV in UTF-8. */
async function csvOf(download: Download) {
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0), 'starts with a UTF-8 byte order mark').toBe(0xfeff);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header = [], ...records] = data;
  return { header, records };
}

test('Export CSV downloads every match of the search, as many data rows as the list counts', async ({ page, demo }) => {
  await demo.open(paths.customerUsers.list.href());
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('ma*');
  await search.press('Enter');
  await expect(page).toHaveURL(/\?search=ma\*$/);
  await expect(page.locator('[data-search="ma*"]')).toBeVisible();
  const total = await listTotal(page);
  expect(total).toBeGreaterThan(1);

  const download = await exportCsv(page);
  expect(download.suggestedFilename()).toMatch(/^customer-users-\d{4}-\d{2}-\d{2}\.csv$/);
  const { header, records } = await csvOf(download);
  expect(header).toEqual(englishCustomerUserCsvHeader);
  expect(records).toHaveLength(total);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${total} customer users.` })).toBeVisible();
  // The rows on screen are the file's first rows, in the same order.
  const shown = await page.getByRole('table').getByRole('row').locator('td:first-child').allTextContents();
  expect(records.slice(0, shown.length).map((record) => record[0])).toEqual(shown.map((name) => name.trim()));
});

test('Export CSV goes past the list limit: all 5000 customer users, not the first 1000', async ({ page, demo }) => {
  await demo.seed({ customerUsers: 5000 });
  await demo.open(paths.customerUsers.list.href());
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await page.getByRole('link', { name: 'Show all 5000 matches' }).click();
  const total = await listTotal(page);
  expect(total).toBe(5000);

  const download = await exportCsv(page);
  const { records } = await csvOf(download);
  expect(records).toHaveLength(total);
  expect(new Set(records.map((record) => record[0])).size).toBe(total);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 5000 customer users.' })).toBeVisible();
});
