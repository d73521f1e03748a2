import { databaseName } from '@mocks/demo-storage/indexed-db-storage';
import { legacyStorageKey } from '@mocks/persistence';
import type { Locator, Page } from '@playwright/test';
import { apiPaths } from '@/api/api-paths';
import { paths } from '@/config/paths';
import { expect, test } from './fixtures';

const editScreen = (user: { id: string }) => paths.customerUsers.edit.href({ customerUserId: user.id });

const listHeading = (page: Page, total?: number) =>
  page.getByRole('heading', { name: total === undefined ? /^List \(\d+ total\)$/ : `List (${total} total)` });

/** Searches the customer user list for `term` from the sidebar. */
async function search(page: Page, term: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(term);
  await box.press('Enter');
}

/** Another admin (a second tab) sees the stored data: how many customer users a search finds. */
async function storedMatches(page: Page, term: string) {
  const other = await page.context().newPage();
  await other.goto(`/customer-users?search=${encodeURIComponent(term)}`);
  return other;
}

test('reads fail: the list and a search say they failed, show no rows, and Try again works once the faults are off', async ({
  page,
  demo,
}) => {
  const { login } = await demo.addCustomerUser();
  await demo.setFaults('reads');
  await demo.open(paths.customerUsers.list.href());
  const tryAgain = page.getByRole('button', { name: 'Try again' }).first();
  await expect(tryAgain).toBeVisible();
  await expect(page.getByText('Simulated fault: reads fail.').first()).toBeVisible();

  // The switch takes effect at once, without a reload.
  await demo.setFaults('off');
  for (const button of await page.getByRole('button', { name: 'Try again' }).all()) await button.click();
  await expect(listHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);

  // A search that fails says so, and never shows the earlier rows as if they were its matches.
  await demo.setFaults('reads');
  await search(page, login);
  await expect(page).toHaveURL(new RegExp(`search=${login}`));
  await expect(page.getByText('Simulated fault: reads fail.').first()).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(0);
  await expect(listHeading(page)).toHaveCount(0);

  await demo.setFaults('off');
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(listHeading(page, 1)).toBeVisible();
  await expect(page.getByRole('link', { name: login, exact: true })).toBeVisible();
});

test('writes fail: a failed save keeps the input (form and matrix), nothing is stored, and it saves once the faults are off', async ({
  page,
  context,
  demo,
}) => {
  const user = await demo.addCustomerUser({ firstName: 'Joan' });
  const edit = editScreen(user);
  await demo.setFaults('writes');
  await demo.open(edit);
  const firstName = page.getByRole('textbox', { name: 'Firstname', exact: true });
  await expect(firstName).toHaveValue('Joan');
  await firstName.fill('Johnny');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The form says it in its own words (a fault's message is the server's, not the admin's).
  await expect(page.getByRole('alert').first()).toContainText('The server had a fault and did not save.');
  await expect(firstName).toHaveValue('Johnny');
  await expect(page.getByText('Customer user updated!')).toHaveCount(0);

  // Another tab shares the stored demo data (but not this tab's fault switch): the first name was not stored.
  const other = await context.newPage();
  await other.goto(edit);
  await expect(other.getByRole('textbox', { name: 'Firstname', exact: true })).toHaveValue('Joan');

  // The matrix of a customer user's groups: the ticks stay, and Try again saves them once the faults are off.
  await page.goto(paths.customerUsers.groups.href({ customerUserId: user.id }));
  const admin = page.getByRole('checkbox', { name: 'ro permission for admin' });
  await admin.check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The server had a fault and did not save. Your input is kept; try again.')).toBeVisible();
  await expect(admin).toBeChecked();
  await demo.setFaults('off');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  await other.goto(paths.customerUsers.groups.href({ customerUserId: user.id }));
  await expect(other.getByRole('checkbox', { name: 'ro permission for admin' })).toBeChecked();
});

test('lost answers: Try again after a lost answer adds the customer user once, with the password shown once', async ({
  page,
  demo,
}) => {
  const customerId = await demo.addCustomer();
  await demo.setFaults('lost-answers');
  await demo.open(paths.customerUsers.add.href());
  const values = { Firstname: 'Lise', Lastname: 'Meitner', Username: 'lmeitner', Email: 'lise@example.com' };
  for (const [name, value] of Object.entries(values))
    await page.getByRole('textbox', { name, exact: true }).fill(value);
  await page.getByRole('combobox', { name: 'Customer', exact: true }).fill(customerId);
  await page.getByRole('button', { name: 'Save' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server cannot be reached');
  await expect(page.getByRole('textbox', { name: 'Username', exact: true })).toHaveValue('lmeitner');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('lise@example.com');

  // The same Idempotency-Key: the server answers with the first save's answer, password included.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Customer user lmeitner added!')).toBeVisible();
  await expect(page.getByText(/Generated password: \S{12,}/)).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer Users' }).click();
  await expect(listHeading(page)).toBeVisible();
  await expect(page.getByText(/Generated password/)).toHaveCount(0);

  const other = await storedMatches(page, 'lmeitner');
  await expect(listHeading(other, 1)).toBeVisible();
});

/** Waits for `target`, clicking Try again on every failure on the way (each one must offer it). */
async function untilShown(page: Page, target: Locator) {
  await expect(async () => {
    const failed = page.getByText('Simulated fault: one request in five fails.');
    if ((await failed.count()) > 0) {
      await expect(page.getByRole('button', { name: 'Try again' }).first()).toBeVisible({ timeout: 1000 });
      await page.getByRole('button', { name: 'Try again' }).first().click();
    }
    await expect(target).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('flaky: list navigations end with the right rows, and a failed save offers Try again', async ({ page, demo }) => {
  const logins: string[] = [];
  for (let count = 0; count < 3; count += 1) logins.push((await demo.addCustomerUser()).login);
  const customerId = await demo.addCustomer({ city: 'Steadyville' });
  await demo.setFaults('flaky');
  await demo.open(paths.customerUsers.list.href());
  await untilShown(page, listHeading(page));
  for (const term of logins) {
    await search(page, term);
    await untilShown(page, page.getByRole('link', { name: term, exact: true }));
    await expect(listHeading(page, 1)).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await untilShown(page, page.getByRole('heading', { name: /^List \(\d+ total\)$/ }));
  await page.goBack();
  await untilShown(page, page.getByRole('link', { name: logins.at(-1), exact: true }));

  // Saves are never retried behind the admin's back: a failed one says so, keeps the input and offers Try again.
  await page.goto(paths.customers.edit.href({ customerId }));
  const city = page.getByRole('textbox', { name: 'City', exact: true });
  await untilShown(page, city);
  let failures = 0;
  for (let attempt = 1; attempt <= 5 && failures === 0; attempt += 1) {
    await city.fill(`Flakyville ${attempt}`);
    const answer = page.waitForResponse((response) => response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    if ((await answer).ok()) {
      await expect(page.getByRole('status').filter({ hasText: 'Customer updated!' })).toBeVisible();
      // One more request shifts which one is the fifth, so that it falls on a save in a few attempts.
      await page.evaluate(() => fetch('/api/settings'));
      continue;
    }
    failures += 1;
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The server had a fault and did not save. Your input is kept; try again.');
    await expect(city).toHaveValue(`Flakyville ${attempt}`);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Customer updated!' })).toBeVisible();
  }
  expect(failures).toBe(1);
});

test('hang: a hung save times out after 30 s, keeps the input, and stores nothing', async ({ page, demo }) => {
  const customer = paths.customers.edit.href({ customerId: await demo.addCustomer({ city: 'Before' }) });
  await page.clock.install();
  await demo.open(customer);
  const city = page.getByRole('textbox', { name: 'City', exact: true });
  await expect(city).toHaveValue('Before');
  await demo.setFaults('hang');
  await city.fill('Timbuktu');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saving…')).toBeVisible();

  await page.clock.fastForward('00:31');
  await expect(page.getByRole('alert')).toContainText('The server did not answer in time');
  await expect(city).toHaveValue('Timbuktu');

  // Another tab (the fault switch is the tab's own) finds the customer as it was.
  const other = await page.context().newPage();
  await other.goto(customer);
  await expect(other.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('Before');
});

test('saved demo data that cannot be read: the seed comes back, and the console says so once', async ({
  page,
  demo,
}) => {
  const notice = page.getByText('The saved demo data could not be read; the seed was restored.');
  const { total } = await demo.request<{ total: number }>('GET', `${apiPaths.customerUsers}?limit=1`);
  await demo.open(paths.customerUsers.list.href());
  await expect(page.getByRole('heading', { name: /^List \(/ })).toBeVisible();
  // Where the demo keeps its data: an entry of the IndexedDB snapshot that is no snapshot's.
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(name, 1);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          try {
            const transaction = database.transaction(['snapshot', 'state'], 'readwrite');
            transaction.objectStore('snapshot').put({ seed: 42 }, 'meta');
            transaction.objectStore('state').put('planted', 'revision');
            transaction.oncomplete = () => {
              database.close();
              resolve();
            };
            transaction.onabort = () => reject(transaction.error);
          } catch (error) {
            reject(error);
          }
        };
      }),
    databaseName,
  );
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(listHeading(page, total)).toBeVisible();
  // Where an earlier version kept it, moved into IndexedDB on the next start.
  await page.evaluate((key) => localStorage.setItem(key, '{"seed": 42}'), legacyStorageKey);
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(listHeading(page, total)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), legacyStorageKey)).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^List \(/ })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
