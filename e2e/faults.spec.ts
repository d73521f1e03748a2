import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { expect, test } from '@playwright/test';
import { paths } from '@/config/paths';

const { jdoe } = demoCustomerUsers;

test('?demo-errors=reads: the list says it failed and offers Try again, which works once the faults are off', async ({
  page,
}) => {
  await page.goto('/customer-users?demo-errors=reads');
  const tryAgain = page.getByRole('button', { name: 'Try again' }).first();
  await expect(tryAgain).toBeVisible();
  await expect(page.getByText('Simulated fault: reads fail.').first()).toBeVisible();
  await expect(page).toHaveURL(/\/customer-users$/);

  // The switch is kept for the tab in sessionStorage: `?demo-errors=off` writes `off` there.
  await page.evaluate(() => sessionStorage.setItem('demo-errors', 'off'));
  for (const button of await page.getByRole('button', { name: 'Try again' }).all()) await button.click();
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('?demo-errors=writes: a failed save keeps the input, and nothing is stored', async ({ page, context }) => {
  const edit = paths.customerUsers.edit.href({ customerUserId: jdoe.id });
  await page.goto(`${edit}?demo-errors=writes`);
  const firstName = page.getByRole('textbox', { name: 'Firstname', exact: true });
  await expect(firstName).toHaveValue(jdoe.firstName);
  await firstName.fill('Johnny');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The form says it in its own words (a fault's message is the server's, not the admin's).
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(firstName).toHaveValue('Johnny');
  await expect(page.getByText('Customer user updated!')).toHaveCount(0);

  // Another tab shares the stored demo data (but not this tab's fault switch).
  const other = await context.newPage();
  await other.goto(edit);
  await expect(other.getByRole('textbox', { name: 'Firstname', exact: true })).toHaveValue(jdoe.firstName);
});

test('saved demo data that cannot be read: the seed comes back, and the console says so once', async ({ page }) => {
  await page.goto('/customer-users');
  await expect(page.getByRole('heading', { name: /^List \(/ })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('customer-user-administration:demo-store', '{"seed": 42}'));
  await page.reload();
  await expect(page.getByText('The saved demo data could not be read; the seed was restored.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'List (300 total)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^List \(/ })).toBeVisible();
  await expect(page.getByText('The saved demo data could not be read; the seed was restored.')).toHaveCount(0);
});
