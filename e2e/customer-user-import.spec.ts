import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { expect, test } from './fixtures';

/** The Result cell of a file row in the preview, by its row number. */
function resultOf(page: Page, line: number) {
  const row = page
    .getByRole('table', { name: 'Preview' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
  return row.getByRole('cell').last();
}

test('imports a CSV file: preview, Import, summary, and the new customer user found by the search', async ({
  page,
  demo,
}) => {
  // A new customer user, one who exists (a new city: an update), and a row with an error.
  const existing = await demo.addCustomerUser({ city: 'Hamburg' });
  const { customerId } = existing;
  const csv = [
    'Username,Firstname,Lastname,Email,Customer,City',
    `ada.import,Ada,Lovelace,ada.import@example.com,${customerId},London`,
    `${existing.login},${existing.firstName},${existing.lastName},${existing.email},${customerId},Bremen`,
    `broken.import,Broken,Row,not-an-email,${customerId},`,
  ].join('\r\n');

  await demo.open(paths.customerUsers.list.href());
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import Customer Users' })).toBeVisible();

  await page.getByLabel('CSV file').setInputFiles({
    name: 'customer-users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${csv}`, 'utf8'),
  });

  await expect(page.getByText('3 rows: 1 to add, 1 to update, 0 unchanged, 1 with errors')).toBeVisible();
  await expect(resultOf(page, 2)).toHaveText('add');
  await expect(resultOf(page, 3)).toHaveText('update');
  await expect(resultOf(page, 4)).toHaveText('Email: Email must be a valid email address.');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '1 customer user added, 1 updated, 1 skipped.' }),
  ).toBeVisible();
  await expect(resultOf(page, 2)).toHaveText('added');
  await expect(resultOf(page, 3)).toHaveText('updated');
  await expect(resultOf(page, 4)).toHaveText('not written: Email: Email must be a valid email address.');
  await expect(page.getByRole('button', { name: 'Download passwords' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('ada.import');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ada.import', exact: true })).toBeVisible();
});
