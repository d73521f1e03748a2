import { expect, test } from '@playwright/test';

test('validity for many at once, confirmed in a dialog, then found in each customer user’s History', async ({
  page,
}) => {
  await page.goto('/customer-users?search=doe');
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(page.getByRole('checkbox', { name: 'Select jdoe' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select jane.doe' })).toBeChecked();
  const bar = page.getByRole('region', { name: 'Selected customer users' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await bar.getByRole('combobox', { name: 'Set validity to' }).selectOption({ label: 'invalid-temporarily' });
  await bar.getByRole('button', { name: 'Apply' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('invalid-temporarily');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 customer users updated.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  for (const login of ['jdoe', 'jane.doe']) {
    const row = page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select ${login}` }) });
    await expect(row.getByRole('cell', { name: 'invalid-temporarily' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: `Select ${login}` })).not.toBeChecked();
  }

  await page.getByRole('link', { name: 'jdoe', exact: true }).click();
  await page.getByRole('navigation', { name: 'Customer user' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History of Customer User: jdoe' })).toBeVisible();
  const newest = page.getByRole('table', { name: 'History' }).getByRole('row').nth(1);
  await expect(newest).toContainText('Validity: valid → invalid-temporarily');
  await expect(newest.getByRole('cell', { name: 'admin' })).toBeVisible();
});

test('Cancel in the dialog changes nothing', async ({ page }) => {
  await page.goto('/customer-users?search=jdoe');
  await page.getByRole('checkbox', { name: 'Select jdoe' }).check();
  await page.getByRole('region', { name: 'Selected customer users' }).getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(
    page.getByRole('row').filter({ hasText: 'jdoe' }).getByRole('cell', { name: 'valid', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select jdoe' })).toBeChecked();
});
