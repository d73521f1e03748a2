import AxeBuilder from '@axe-core/playwright';
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { expect, test } from './fixtures';

const { jdoe } = demoCustomerUsers;
const editScreen = (user: { id: string }) => paths.customerUsers.edit.href({ customerUserId: user.id });
const groupsScreen = (user: { id: string }) => paths.customerUsers.groups.href({ customerUserId: user.id });

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

const groupRow = (page: Page, group: string) =>
  page.getByRole('table', { name: 'Group Permissions' }).getByRole('row', { name: new RegExp(`^${group}\\b`) });

test('rw on a group for the user, ro on another for their customer: both in the effective table', async ({
  page,
  demo,
}) => {
  const customerId = await demo.addCustomer();
  const user = await demo.addCustomerUser({ customerId });
  await demo.open(editScreen(user));
  await expect(page.getByRole('heading', { name: `Edit Customer User: ${user.login}` })).toBeVisible();
  await expect(groupRow(page, 'network')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Customer user' }).getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('checkbox', { name: 'rw permission for network' }).check();
  await expect(page.getByRole('checkbox', { name: 'ro permission for network' })).toBeChecked();
  await page.getByRole('button', { name: 'Save and finish' }).click();
  await expect(groupRow(page, 'network')).toContainText('yes');
  await expect(groupRow(page, 'network').getByRole('cell')).toHaveText(['✓yes', '✓yes']);

  // Their customer gets ro on billing in the Same Customer context.
  await page.goto(paths.customers.groups.href({ customerId }));
  await page.getByRole('checkbox', { name: 'ro permission for billing (Same Customer)' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  await page.goto(editScreen(user));
  await expect(groupRow(page, 'billing').getByRole('cell')).toHaveText(['✓yes', '✗no']);
});

// The Demo panel's own "Act as administrator" switch, which is what this test is about (the others set the session
// up through the demo fixture).
test('as a non-administrator: no assignment controls anywhere, and the settings read-only', async ({ page }) => {
  await page.goto(editScreen(jdoe));
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Demo panel' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo panel' });
  await panel.getByRole('checkbox', { name: 'Act as administrator' }).uncheck();
  await expect(panel.getByText('Acting as an agent who is not an administrator.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Customer user' }).getByRole('link')).toHaveText([
    'Data',
    'History',
  ]);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Group Permissions' })).toBeVisible();

  await page.goto(groupsScreen(jdoe));
  await expect(page.getByText('Only administrators can change group membership.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /permission for/ })).toHaveCount(0);

  await page.goto(paths.settings.href());
  await expect(page.getByText('Only administrators can change the settings.')).toBeVisible();
});

test('with customer group support off: the notice, and no effective permissions', async ({ page, demo }) => {
  const user = await demo.addCustomerUser();
  await demo.setCustomerGroupSupport(false);

  await demo.open(groupsScreen(user));
  await expect(page.getByText('This feature is disabled!')).toBeVisible();
  await page.goto(paths.customers.groups.href({ customerId: user.customerId }));
  await expect(page.getByText('This feature is disabled!')).toBeVisible();
  await page.goto(editScreen(user));
  await expect(page.getByRole('button', { name: 'Save and finish' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Effective Permissions for Customer User' })).toHaveCount(0);
});

test('the matrix by keyboard: select-all with Space, save with Enter', async ({ page, demo }) => {
  await demo.open(groupsScreen(await demo.addCustomerUser()));
  const selectAll = page.getByRole('checkbox', { name: 'Toggle ro permission for all' });
  await selectAll.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'ro permission for sales' })).toBeChecked();
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
});

test('two admins on one matrix: different cells both stay; the same cell is a conflict that keeps the ticks', async ({
  page,
  demo,
}) => {
  const user = await demo.addCustomerUser();
  const first = page;
  const second = await page.context().newPage();
  for (const tab of [first, second]) {
    await tab.goto(groupsScreen(user));
    await expect(tab.getByRole('checkbox', { name: 'ro permission for admin' })).not.toBeChecked();
  }

  await first.getByRole('checkbox', { name: 'ro permission for admin' }).check();
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  // The second admin loaded before the first saved: their save of another cell merges.
  await second.getByRole('checkbox', { name: 'ro permission for stats' }).check();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  // The first admin now changes a cell the second already changed: a conflict that names it.
  await first.getByRole('checkbox', { name: 'rw permission for stats' }).check();
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = first.getByRole('alert');
  await expect(conflict).toContainText('ro on stats was granted by someone else.');
  await expect(first.getByRole('checkbox', { name: 'rw permission for stats' })).toBeChecked();
  await expectNoAxeViolations(first);
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  await first.goto(editScreen(user));
  await expect(groupRow(first, 'admin').getByRole('cell')).toHaveText(['✓yes', '✗no']);
  await expect(groupRow(first, 'stats').getByRole('cell')).toHaveText(['✓yes', '✓yes']);
});
