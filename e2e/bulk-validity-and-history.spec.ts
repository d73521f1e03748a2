import { expect, test } from './fixtures';

test('validity for many at once, cancelled, then confirmed in a dialog, then found in each customer user’s History', async ({
  page,
  demo,
}) => {
  // Two customer users of their own, found by the last name they share and no seeded user has.
  const lastName = 'Bulkwell';
  const first = await demo.addCustomerUser({ lastName });
  const second = await demo.addCustomerUser({ lastName });
  await demo.open(`/customer-users?search=${lastName}`);
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(page.getByRole('checkbox', { name: `Select ${first.login}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Select ${second.login}` })).toBeChecked();
  const bar = page.getByRole('region', { name: 'Selected customer users' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await bar.getByRole('combobox', { name: 'Set validity to' }).selectOption({ label: 'invalid-temporarily' });
  await bar.getByRole('button', { name: 'Apply' }).click();

  // Cancel in the native dialog changes nothing and keeps the selection.
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('row').filter({ hasText: first.login }).getByRole('cell', { name: 'valid', exact: true }),
  ).toBeVisible();
  await expect(bar.getByText('2 selected')).toBeVisible();

  await bar.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toContainText('invalid-temporarily');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 customer users updated.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  for (const { login } of [first, second]) {
    const row = page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select ${login}` }) });
    await expect(row.getByRole('cell', { name: 'invalid-temporarily' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: `Select ${login}` })).not.toBeChecked();
  }

  await page.getByRole('link', { name: first.login, exact: true }).click();
  await page.getByRole('navigation', { name: 'Customer user' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `History of Customer User: ${first.login}` })).toBeVisible();
  const newest = page.getByRole('table', { name: 'History' }).getByRole('row').nth(1);
  await expect(newest).toContainText('Validity: valid → invalid-temporarily');
  await expect(newest.getByRole('cell', { name: 'admin' })).toBeVisible();
});
