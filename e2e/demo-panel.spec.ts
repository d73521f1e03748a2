import { expect, test } from './fixtures';

// Designers' panel: every switch changed in place, as a designer clicks through it (component tests cover each
// switch's details; this proves them in a real browser against the mock's service worker and storage).
test('the Demo panel drives every switch in place: faults, latency, data set, session, group support, theme, language', async ({
  page,
}) => {
  await page.goto('/customer-users');
  await expect(page.getByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeVisible();
  const openPanel = async () => {
    const opener = page.getByRole('button', { name: /^(Demo panel|Demo-Einstellungen)$/ });
    // The menu stays open after the panel closes, with focus back on its opener.
    if (!(await opener.isVisible())) await page.getByRole('button', { name: /^(Menu|Menü)$/ }).click();
    await opener.click();
    return page.getByRole('dialog', { name: /^(Demo panel|Demo-Einstellungen)$/ });
  };

  let panel = await openPanel();
  await panel.getByRole('combobox', { name: 'Faults' }).selectOption({ label: 'Reads fail' });
  await expect(panel.getByText('Faults: Reads fail.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  // The rows on view stay; the refetch that failed says so.
  await expect(page.getByRole('alert').filter({ hasText: 'Simulated fault: reads fail.' })).toBeVisible();

  panel = await openPanel();
  await panel.getByRole('combobox', { name: 'Faults' }).selectOption({ label: 'Off' });
  const latency = panel.getByRole('spinbutton', { name: 'Latency (ms)' });
  await latency.fill('300');
  await latency.press('Enter');
  await expect(panel.getByText('Latency set to 300 ms.')).toBeVisible();
  await latency.fill('0');
  await latency.press('Enter');
  await expect(panel.getByText('Latency off.')).toBeVisible();

  await panel.getByRole('radio', { name: 'Generated customer users' }).check();
  await panel.getByRole('spinbutton', { name: 'Number of customer users' }).fill('1200');
  await panel.getByRole('button', { name: 'Apply data set' }).click();
  await page.getByRole('dialog', { name: 'Apply the data set?' }).getByRole('button', { name: 'Replace data' }).click();
  await expect(panel.getByText(/^Data set in use: 1,?200 generated customer users\.$/)).toBeVisible();

  await panel.getByRole('checkbox', { name: 'Customer group support' }).uncheck();
  await expect(panel.getByText('Customer group support off.')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Act as administrator' }).uncheck();
  await expect(panel.getByText('Acting as an agent who is not an administrator.')).toBeVisible();

  await panel.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await panel.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('dialog', { name: 'Demo-Einstellungen' }).getByRole('button', { name: 'Schließen' }).click();

  await expect(page.getByRole('heading', { name: 'Liste (nur 1000 angezeigt – mehr verfügbar)' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Gruppen' }),
  ).toHaveCount(0);
});
