/**
 * The main flow with a German browser: the console starts in German and an admin searches, opens,
 * edits, meets a field error, saves and changes a permission by the German names.
 */
import { demoGroups } from '@mocks/seed/fixtures';
import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { expect, test } from './fixtures';

test.use({ locale: 'de-DE' });

const { network } = demoGroups;

const groupRow = (page: Page, group: string) =>
  page.getByRole('table', { name: 'Gruppenberechtigungen' }).getByRole('row', { name: new RegExp(`^${group}\\b`) });

test('a German browser gets the console in German: search, open, field error, save, permission change', async ({
  page,
  demo,
}) => {
  const user = await demo.addCustomerUser({ firstName: 'Omar' });
  await demo.open(paths.customerUsers.list.href());
  await expect(page.getByRole('heading', { level: 1, name: 'Kundenbenutzer-Verwaltung' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle(/^Kundenbenutzer-Verwaltung/);

  const search = page.getByRole('searchbox', { name: 'Suche' });
  await search.fill(user.login);
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'Liste (1 insgesamt)' })).toBeVisible();
  await page.getByRole('link', { name: user.login, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kundenbenutzer bearbeiten: ${user.login}` })).toBeVisible();

  const firstName = page.getByRole('textbox', { name: 'Vorname' });
  await firstName.fill('');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Die Eingabe enthält 1 Fehler');
  await expect(summary.getByRole('link', { name: 'Vorname ist ein Pflichtfeld.' })).toBeVisible();

  await firstName.fill('Omar');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kundenbenutzer aktualisiert!' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Kundenbenutzer' }).getByRole('link', { name: 'Gruppen' }).click();
  await page.getByRole('checkbox', { name: `rw-Berechtigung für ${network.name}` }).check();
  await expect(page.getByRole('checkbox', { name: `ro-Berechtigung für ${network.name}` })).toBeChecked();
  await page.getByRole('button', { name: 'Speichern und abschließen' }).click();
  await expect(groupRow(page, network.name)).toContainText('ja');
});
