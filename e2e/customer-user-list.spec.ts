import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const usernames = (page: import('@playwright/test').Page) =>
  page.getByRole('table').getByRole('row').locator('td:first-child');

test('search finds the right rows, and Back returns to the previous results', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/customer-users$/);
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('doe');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText(['jane.doe', 'jdoe']);
  await expect(page).toHaveURL(/\?search=doe$/);

  await search.fill('john doe');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText(['jdoe']);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  await expect(usernames(page)).toHaveText(['jane.doe', 'jdoe']);
  await expect(search).toHaveValue('doe');
});

test('a shared search URL opens the same results', async ({ page }) => {
  await page.goto('/customer-users?search=ma*in');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('ma*in');
  await expect(usernames(page).first()).toBeVisible();
  for (const name of await usernames(page).allTextContents()) {
    expect(name).toBeTruthy();
  }
  await expect(
    page
      .getByRole('table')
      .getByRole('cell', { name: /Martin/ })
      .first(),
  ).toBeVisible();
});

test('over the list limit the header says so, and every match stays reachable', async ({ page }) => {
  await page.goto('/?demo-users=5000');
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages of the customer user list' })).toContainText('Page 1 of 20');
  expect(await page.getByRole('row').count()).toBeLessThanOrEqual(100);

  await page.getByRole('link', { name: 'Show all 5000 matches' }).click();
  await expect(page.getByRole('heading', { name: 'List (5000 total)' })).toBeVisible();
  await page.getByRole('link', { name: 'Last' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages of the customer user list' })).toContainText(
    'Page 100 of 100',
  );
  await expect(page).toHaveURL(/page=100/);
});

test('the username opens the customer user, and the way back keeps the search', async ({ page }) => {
  await page.goto('/customer-users?search=lovelace');
  await page.getByRole('link', { name: 'alovelace' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Customer User: alovelace' })).toBeVisible();
  await page.getByRole('link', { name: 'Customer User Management' }).click();
  await expect(page).toHaveURL(/\?search=lovelace$/);
  await expect(usernames(page)).toHaveText(['alovelace']);
});

test('designers keep their demo data across a reload, and Reset demo data puts the seed back', async ({ page }) => {
  await page.goto('/?demo-users=1200');
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('jdoe');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(usernames(page)).toHaveText(['jdoe']);
});

test('the list screen has no accessibility violations', async ({ page }) => {
  await page.goto('/customer-users');
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await page.goto('/customer-users?search=zzz-nobody');
  await expect(page.getByText('No data found.')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the list can be used by keyboard alone', async ({ page }) => {
  await page.goto('/customer-users');
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('ohaddad');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();

  // From the search box: the magnifier, the validity filter, the sortable headers, then the row's link.
  const link = page.getByRole('link', { name: 'ohaddad' });
  for (let step = 0; step < 20 && !(await link.evaluate((node) => node === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit Customer User: ohaddad' })).toBeVisible();
});

test('Escape in the search box clears the box and the search together', async ({ page }) => {
  await page.goto('/customer-users?search=doe');
  await expect(page.getByRole('heading', { name: 'List (2 total)' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).toHaveURL(/\/customer-users$/);
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).not.toHaveText('List (2 total)');
});

test('a page past the last shows the last page', async ({ page }) => {
  await page.goto('/customer-users?search=doe&page=99');
  await expect(usernames(page)).toHaveText(['jane.doe', 'jdoe']);
  await expect(page).toHaveURL(/\?search=doe$/);

  await page.goto('/customer-users?search=e&page=99');
  const pages = page.getByRole('navigation', { name: 'Pages of the customer user list' });
  await expect(pages).toContainText(/Page (\d+) of \1(?!\d)/);
  await expect(page.getByText('No data found.')).toHaveCount(0);
  await expect(page).toHaveURL(/page=(?!99)\d+$/);
});
