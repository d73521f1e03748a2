import { demoCustomerUsers } from '@mocks/seed/fixtures';
import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { type Demo, expect, test } from './fixtures';

const usernames = (page: Page) => page.getByRole('table').getByRole('row').locator('td:first-child');

/** A last name no seeded customer user has. */
const lastName = 'Quillfeather';

/** Two customer users with that last name, Ada and Ben, in username order. */
async function twoQuillfeathers(demo: Demo) {
  const ada = await demo.addCustomerUser({ firstName: 'Ada', lastName });
  const ben = await demo.addCustomerUser({ firstName: 'Ben', lastName });
  return [ada.login, ben.login] as const;
}

test('search finds the right rows, and Back returns to the previous results', async ({ page, demo }) => {
  const [ada, ben] = await twoQuillfeathers(demo);
  await demo.open('/');
  await expect(page).toHaveURL(/\/customer-users$/);
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(lastName.toLowerCase());
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText([ada, ben]);
  await expect(page).toHaveURL(new RegExp(`\\?search=${lastName.toLowerCase()}$`));

  // Every word is required.
  await search.fill(`ben ${lastName}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText([ben]);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText([ada, ben]);
  await expect(search).toHaveValue(lastName.toLowerCase());
});

// The designers' own way, by the URL switch and the Demo panel's "Reset demo data" (the other tests use the demo
// fixture).
test('designers keep their demo data across a reload, and Reset demo data puts the seed back', async ({ page }) => {
  const { jdoe } = demoCustomerUsers;
  await page.goto('/?demo-users=1200');
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Demo panel' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo panel' });
  await expect(panel.getByText('In use: 1200 generated customer users.')).toBeVisible();
  await panel.getByRole('radio', { name: 'Demo data' }).check();
  await panel.getByRole('button', { name: 'Reset demo data' }).click();
  // It asks first: Cancel keeps the data.
  const question = page.getByRole('dialog', { name: 'Reset demo data?' });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(panel.getByText('In use: 1200 generated customer users.')).toBeVisible();
  await panel.getByRole('button', { name: 'Reset demo data' }).click();
  await question.getByRole('button', { name: 'Replace data' }).click();
  await expect(panel.getByText('Demo data reset.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill(jdoe.login);
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(usernames(page)).toHaveText([jdoe.login]);
});

test('the list can be used by keyboard alone, and the way back keeps the search', async ({ page, demo }) => {
  const { login } = await demo.addCustomerUser();
  await demo.open(paths.customerUsers.list.href());
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type(login);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();

  // From the search box: the magnifier, the validity filter, the sortable headers, then the row's link.
  const link = page.getByRole('link', { name: login, exact: true });
  for (let step = 0; step < 20 && !(await link.evaluate((node) => node === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Edit Customer User: ${login}` })).toBeVisible();

  // The way back keeps the search.
  await page.getByRole('link', { name: 'Customer User Management' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?search=${login}$`));
  await expect(usernames(page)).toHaveText([login]);
});

test('Escape in the search box clears the box and the search together', async ({ page, demo }) => {
  await twoQuillfeathers(demo);
  await demo.open(`${paths.customerUsers.list.href()}?search=${lastName}`);
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).toHaveURL(/\/customer-users$/);
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).not.toHaveText('List (2 total)');
});
