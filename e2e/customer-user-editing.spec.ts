import AxeBuilder from '@axe-core/playwright';
import { demoCustomers } from '@mocks/seed/fixtures';
import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { type AddedCustomerUser, expect, test } from './fixtures';

const editScreen = (user: { id: string }) => paths.customerUsers.edit.href({ customerUserId: user.id });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

/** A field by its accessible name, which is its label without the required marker. */
function field(page: Page, name: string) {
  return page.getByRole(name === 'Customer' ? 'combobox' : 'textbox', { name, exact: true });
}

async function fillCustomerUser(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
}

test('from a fresh installation: create a customer, add, find, edit and deactivate a customer user', async ({
  page,
  demo,
}) => {
  await demo.empty();
  await demo.open(paths.customerUsers.list.href());
  await expect(page.getByRole('heading', { name: 'List (0 total)' })).toBeVisible();
  await expect(page.getByText('No data found.')).toBeVisible();

  await page.getByRole('link', { name: 'Add Customer User' }).click();
  await expect(page.getByText('A customer user can only be added when at least one customer exists.')).toBeVisible();
  await page.getByRole('link', { name: 'Add a customer in Customer Administration' }).click();

  await expect(page.getByRole('heading', { name: 'Add Customer' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Customer ID' }).fill('acme');
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Acme Corporation');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Customer acme added!')).toBeVisible();

  await page.getByRole('link', { name: 'Customer Users' }).click();
  await page.getByRole('link', { name: 'Add Customer User' }).click();
  await fillCustomerUser(page, {
    Firstname: 'Grace',
    Lastname: 'Hopper',
    Username: 'ghopper',
    Email: 'grace@acme.example',
    Customer: 'acme',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Customer user ghopper added!')).toBeVisible();
  await expect(page.getByText(/Generated password: \S{12,}/)).toBeVisible();
  // The list is searched for the new user, and the message links to them.
  await expect(page).toHaveURL(/\/customer-users\?search=ghopper$/);
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await expect(page.getByRole('status').getByRole('link', { name: 'ghopper' })).toHaveAttribute(
    'href',
    /\/customer-users\/cu-\d+$/,
  );

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('grace hopper');
  await search.press('Enter');
  // The screen changes over when the search's rows are here; until then the previous one (also 1 total) stays.
  await expect(page).toHaveURL(/\?search=grace\+hopper$/);
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await page.getByRole('table').getByRole('link', { name: 'ghopper' }).click();

  await expect(page.getByRole('heading', { name: 'Edit Customer User: ghopper' })).toBeVisible();
  await page.getByLabel('City', { exact: true }).fill('Arlington');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();
  await expect(page).toHaveURL(/\/customer-users\/cu-\d+$/);

  await page.getByRole('combobox', { name: 'Validity' }).selectOption('invalid');
  await page.getByRole('button', { name: 'Save and finish' }).click();
  await expect(page.getByText('Customer user updated!')).toBeVisible();
  await expect(page).toHaveURL(/\?search=grace\+hopper$/);
  const row = page.getByRole('row', { name: /ghopper/ });
  await expect(row).toHaveClass(/is-invalid/);
  await expect(row.getByRole('cell', { name: 'invalid', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('row', { name: /ghopper/ })).toHaveClass(/is-invalid/);
});

test('a duplicate username is shown on its field, and the form has no accessibility violations', async ({
  page,
  demo,
}) => {
  const taken = await demo.addCustomerUser();
  await demo.open(paths.customerUsers.add.href());
  await expect(field(page, 'Firstname')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoAxeViolations(page);

  await fillCustomerUser(page, {
    Firstname: 'Johnny',
    Lastname: 'Doe',
    // Usernames are unique in any letter case.
    Username: taken.login.toUpperCase(),
    Email: 'johnny@example.com',
    Customer: taken.customerId,
  });
  await page.getByRole('button', { name: 'Save' }).click();
  const username = field(page, 'Username');
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveAccessibleDescription(/This username is already taken\./);
  await expect(username).toHaveValue(taken.login.toUpperCase());
  await expect(field(page, 'Email')).toHaveValue('johnny@example.com');
  await expectNoAxeViolations(page);
});

test('leaving a form with unsaved changes asks first', async ({ page, demo }) => {
  const user = await demo.addCustomerUser({ city: 'Hamburg' });
  const listed = `${paths.customerUsers.list.href()}?search=${user.login}`;
  await demo.open(listed);
  await page.getByRole('link', { name: user.login, exact: true }).click();
  await page.getByLabel('City', { exact: true }).fill('Somewhere else');

  // A link: dismissing keeps the form and the input.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByLabel('City', { exact: true })).toHaveValue('Somewhere else');

  // Back: dismissing stays too (history.back(), as the page does not change when the admin stays).
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.evaluate(() => history.back());
  await expect(page.getByLabel('City', { exact: true })).toHaveValue('Somewhere else');
  await expect(page).toHaveURL(new RegExp(`${editScreen(user)}$`));

  // Accepting leaves without saving.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`${listed.replace('?', '\\?')}$`));
  await page.getByRole('link', { name: user.login, exact: true }).click();
  await expect(page.getByLabel('City', { exact: true })).toHaveValue('Hamburg');
});

/** A customer user's screen open in two tabs (the test's page and a second one), as two admins would have it. */
async function twoAdminsOn(page: Page, user: AddedCustomerUser): Promise<[Page, Page]> {
  const pages: [Page, Page] = [page, await page.context().newPage()];
  for (const tab of pages) {
    await tab.goto(editScreen(user));
    await expect(tab.getByRole('heading', { name: `Edit Customer User: ${user.login}` })).toBeVisible();
  }
  return pages;
}

test('two tabs: the second save is refused as a conflict, showing both values and keeping the input', async ({
  page,
  demo,
}) => {
  const [first, second] = await twoAdminsOn(page, await demo.addCustomerUser({ city: 'Manchester' }));
  await first.getByLabel('City', { exact: true }).fill('Leeds');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();

  await second.getByLabel('City', { exact: true }).fill('York');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this customer user' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /City/ })).toContainText('York');
  await expect(conflict.getByRole('row', { name: /City/ })).toContainText('Leeds');
  await expect(second.getByLabel('City', { exact: true })).toHaveValue('York');
  await expectNoAxeViolations(second);

  await conflict.getByRole('button', { name: 'Save my input over theirs' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();
});

test('two tabs changing different fields: saving over theirs keeps the other admin’s changes', async ({
  page,
  demo,
}) => {
  const [first, second] = await twoAdminsOn(page, await demo.addCustomerUser({ city: 'Manchester' }));
  await first.getByLabel('City', { exact: true }).fill('Leeds');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();

  await second.getByLabel('Phone', { exact: true }).fill('+44 113 496 0000');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this customer user' });
  await expect(conflict).toContainText('Their changes will be kept');
  await expect(conflict.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(second);

  await conflict.getByRole('button', { name: 'Save my input over theirs' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();
  await expect(second.getByLabel('City', { exact: true })).toHaveValue('Leeds');
  await first.reload();
  await expect(first.getByLabel('City', { exact: true })).toHaveValue('Leeds');
  await expect(first.getByLabel('Phone', { exact: true })).toHaveValue('+44 113 496 0000');
});

test('the Customer field: says nothing before the customers arrive, then is chosen by keyboard', async ({
  page,
  demo,
}) => {
  // The seed's customers, by their IDs and names (mocks/seed/fixtures.ts).
  const nordwind = demoCustomers['nordwind-logistics'];
  const sakura = demoCustomers['sakura-trading'];
  const andes = demoCustomers['andes-mining'];
  const user = await demo.addCustomerUser({ customerId: nordwind.customerId });
  await demo.setLatency(800);
  await demo.open(editScreen(user));
  const customer = field(page, 'Customer');
  await expect(customer).toHaveValue(nordwind.customerId);
  await expect(customer).toHaveAccessibleDescription('Loading the customers…');
  await expect(page.getByText(/no longer valid/)).toHaveCount(0);
  await expect(customer).toHaveAccessibleDescription(nordwind.name);

  await customer.fill('');
  // In the seed, Sakura Trading is the first customer whose ID or name contains "trad".
  await customer.pressSequentially('trad');
  const listbox = page.getByRole('listbox', { name: 'Customer' });
  await expect(listbox.getByRole('option', { name: `${sakura.customerId} ${sakura.name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await customer.press('ArrowDown');
  await customer.press('Enter');
  await expect(customer).toHaveValue(sakura.customerId);
  await expect(listbox).toBeHidden();

  // A customer's name in any letter case chooses it.
  await customer.fill(andes.name.toLowerCase());
  await customer.press('Tab');
  await expect(customer).toHaveValue(andes.customerId);
});

test('the add form can be filled and saved by keyboard alone', async ({ page, demo }) => {
  const customerId = await demo.addCustomer();
  await demo.open(paths.customerUsers.add.href());
  await page.getByLabel('Title or salutation', { exact: true }).focus();
  for (const value of ['Dr.', 'Kim', 'Lee', 'klee', '', 'kim.lee@example.com', customerId]) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Phone', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Customer user klee added!')).toBeVisible();
});
