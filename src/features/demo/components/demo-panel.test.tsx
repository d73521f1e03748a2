import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { applyStoredThemePreference } from '@/features/theme';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

afterEach(() => {
  testStore.latency = 0;
  testStore.faults.mode = 'off';
  window.localStorage.removeItem('cua.theme');
  applyStoredThemePreference();
});

/** Opens the menu and, from it, the Demo panel (in English unless named otherwise). */
async function openPanel(user: UserEvent, names = { menu: 'Menu', panel: 'Demo panel' }) {
  await user.click(await screen.findByRole('button', { name: names.menu }));
  await user.click(await screen.findByRole('button', { name: names.panel }));
  const panel = await screen.findByRole('dialog', { name: names.panel });
  // The switches are shown once the demo's state is read.
  await within(panel).findByRole('group', { name: names.menu === 'Menu' ? 'Data set' : 'Datenbestand' });
  return panel;
}

const statusOf = (panel: HTMLElement) => within(panel).getAllByRole('status')[0];

/** Answers the question "Apply the data set?" or "Reset demo data?" with its button. */
async function answer(user: UserEvent, question: string, button: 'Replace data' | 'Cancel') {
  const confirm = await screen.findByRole('dialog', { name: question });
  await user.click(within(confirm).getByRole('button', { name: button }));
  expect(confirm).not.toHaveAttribute('open');
}

describe('the Demo panel', () => {
  it('opens from the header menu and shows every switch as it is now', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 40, groups: 2 });
    testStore.latency = 20;
    testStore.faults.mode = 'writes';
    const { user } = renderApp(paths.settings.href());
    const panel = await openPanel(user);

    expect(within(panel).getByText('In use: 40 generated customer users and 2 extra groups.')).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: 'Generated customer users' })).toBeChecked();
    expect(within(panel).getByRole('radio', { name: 'Demo data' })).not.toBeChecked();
    expect(within(panel).getByRole('spinbutton', { name: 'Number of customer users' })).toHaveValue(40);
    expect(within(panel).getByRole('spinbutton', { name: 'Number of extra groups' })).toHaveValue(2);
    expect(within(panel).getByRole('button', { name: 'Apply data set' })).toBeInTheDocument();
    expect(within(panel).getByRole('spinbutton', { name: 'Latency (ms)' })).toHaveValue(20);
    const faults = within(panel).getByRole('combobox', { name: 'Faults' });
    expect(faults).toHaveDisplayValue('Writes fail');
    expect(faults).toHaveAccessibleDescription('Every save answers with a server error (500), and nothing is stored.');
    expect(
      within(faults)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Off', 'Reads fail', 'Writes fail', 'Answers get lost', 'No answers', 'Flaky']);
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: 'Act as administrator' })).toBeEnabled());
    expect(within(panel).getByRole('checkbox', { name: 'Act as administrator' })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: 'Customer group support' })).toBeChecked();
    expect(within(panel).getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('System');
    expect(within(panel).getByRole('combobox', { name: 'Language' })).toHaveDisplayValue('English');
  });

  it('closes by its Close button, and focus goes back to the button that opened it', async () => {
    const { user } = renderApp(paths.settings.href());
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Demo panel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Demo panel' })).toHaveFocus();
  });

  it('changes the latency when the field is left, and the faults at once, and the screen behind shows them', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('heading', { name: /^List \(\d+ total\)$/ });
    const panel = await openPanel(user);

    const latency = within(panel).getByRole('spinbutton', { name: 'Latency (ms)' });
    await user.clear(latency);
    await user.type(latency, '40');
    expect(testStore.latency).toBe(0);
    await user.tab();
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Latency set to 40 ms.'));
    expect(testStore.latency).toBe(40);
    await user.clear(latency);
    await user.type(latency, '0{Enter}');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Latency off.'));
    expect(testStore.latency).toBe(0);

    await user.clear(latency);
    await user.type(latency, '99999');
    await user.tab();
    expect(latency).toHaveAccessibleDescription(
      'Enter a whole number of milliseconds from 0 to 30,000. Every answer waits this long, to show loading states. 0 turns it off; at most 30,000.',
    );
    expect(testStore.latency).toBe(0);

    const faults = within(panel).getByRole('combobox', { name: 'Faults' });
    await user.selectOptions(faults, 'Reads fail');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Faults: Reads fail.'));
    expect(testStore.faults.mode).toBe('reads');
    expect(faults).toHaveAccessibleDescription(
      'Every read answers with a server error (500): see the error states and Try again.',
    );
    // The screen behind reads its data again, and meets the fault.
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await user.selectOptions(faults, 'Off');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Faults: Off.'));
    expect(testStore.faults.mode).toBe('off');
    expect(await screen.findByRole('heading', { name: /^List \(\d+ total\)$/ })).toBeInTheDocument();
  });

  it('acts as a non-administrator: the assignment controls go, and so does changing group support', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    const tabs = await screen.findByRole('navigation', { name: 'Customer user' });
    expect(await within(tabs).findByRole('link', { name: 'Groups' })).toBeInTheDocument();
    const panel = await openPanel(user);
    const actAsAdministrator = within(panel).getByRole('checkbox', { name: 'Act as administrator' });
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());

    await user.click(actAsAdministrator);
    // At once, and it never flips back while the rest reloads.
    expect(actAsAdministrator).not.toBeChecked();
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Acting as an agent who is not an administrator.'));
    expect(actAsAdministrator).not.toBeChecked();
    expect(testStore.agent.isAdministrator).toBe(false);
    await waitFor(() => expect(within(tabs).queryByRole('link', { name: 'Groups' })).not.toBeInTheDocument());
    const groupSupport = within(panel).getByRole('checkbox', { name: 'Customer group support' });
    expect(groupSupport).toBeDisabled();
    expect(groupSupport).toHaveAccessibleDescription(
      'Only administrators can change the settings: act as administrator to change it.',
    );

    await user.click(actAsAdministrator);
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Acting as administrator.'));
    expect(actAsAdministrator).toBeChecked();
    expect(await within(tabs).findByRole('link', { name: 'Groups' })).toBeInTheDocument();
    expect(groupSupport).toBeEnabled();
  });

  it('turns customer group support off and on through the settings', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    const tabs = await screen.findByRole('navigation', { name: 'Customer user' });
    expect(await within(tabs).findByRole('link', { name: 'Groups' })).toBeInTheDocument();
    const panel = await openPanel(user);
    const groupSupport = within(panel).getByRole('checkbox', { name: 'Customer group support' });
    await waitFor(() => expect(groupSupport).toBeEnabled());

    await user.click(groupSupport);
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Customer group support off.'));
    expect(groupSupport).not.toBeChecked();
    expect(testStore.settings.customerGroupSupport).toBe(false);
    // Every other setting stays as it was.
    expect(testStore.settings.alwaysGroups).toEqual(['users']);
    await waitFor(() => expect(within(tabs).queryByRole('link', { name: 'Groups' })).not.toBeInTheDocument());

    await user.click(groupSupport);
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Customer group support on.'));
    expect(testStore.settings.customerGroupSupport).toBe(true);
  });

  it('says so when a change fails, and shows the switch as it is', async () => {
    testStore.faults.mode = 'writes';
    const { user } = renderApp(paths.settings.href());
    const panel = await openPanel(user);
    const groupSupport = within(panel).getByRole('checkbox', { name: 'Customer group support' });
    await waitFor(() => expect(groupSupport).toBeEnabled());
    await user.click(groupSupport);
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent(/^Not changed: /));
    expect(groupSupport).toBeChecked();
    expect(testStore.settings.customerGroupSupport).toBe(true);
  });

  it('switches the theme and the language in place', async () => {
    const { user } = renderApp(paths.settings.href());
    const panel = await openPanel(user);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Language' }), 'Deutsch');
    // The panel stays open, now in German.
    const german = screen.getByRole('dialog', { name: 'Demo-Einstellungen' });
    expect(german).toBe(panel);
    expect(within(german).getByRole('combobox', { name: 'Sprache' })).toHaveDisplayValue('Deutsch');
    expect(within(german).getByRole('combobox', { name: 'Farbschema' })).toHaveDisplayValue('Dunkel');
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 1 })).toBeInTheDocument();
  });

  it('generates N customer users after asking first, and the list shows N', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('heading', { name: /^List \(\d+ total\)$/ });
    const panel = await openPanel(user);
    expect(within(panel).queryByRole('spinbutton', { name: 'Number of customer users' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('radio', { name: 'Generated customer users' }));
    const count = within(panel).getByRole('spinbutton', { name: 'Number of customer users' });
    await user.clear(count);
    await user.type(count, '37');
    await user.click(within(panel).getByRole('button', { name: 'Apply data set' }));

    const question = await screen.findByRole('dialog', { name: 'Apply the data set?' });
    expect(question).toHaveTextContent('replaced by: 37 generated customer users.');
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await answer(user, 'Apply the data set?', 'Replace data');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Data set in use: 37 generated customer users.'));
    expect(within(panel).getByText('In use: 37 generated customer users.')).toBeInTheDocument();
    expect(testStore.seed).toEqual({ kind: 'generated', customerUsers: 37 });

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('heading', { name: 'List (37 total)' })).toBeInTheDocument();
  });

  it('refuses a number out of range on its field, without asking', async () => {
    const { user } = renderApp(paths.settings.href());
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('radio', { name: 'Generated customer users' }));
    const count = within(panel).getByRole('spinbutton', { name: 'Number of customer users' });
    await user.clear(count);
    await user.type(count, '100001');
    await user.click(within(panel).getByRole('button', { name: 'Apply data set' }));
    expect(count).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 0 to 100,000.'));
    expect(count).toHaveFocus();
    expect(screen.queryByRole('dialog', { name: 'Apply the data set?' })).not.toBeInTheDocument();
  });

  it('makes an empty installation: no customers, no customer users', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('heading', { name: /^List \(\d+ total\)$/ });
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('radio', { name: 'Empty installation' }));
    expect(within(panel).queryByRole('spinbutton', { name: 'Number of extra groups' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Apply data set' }));
    await answer(user, 'Apply the data set?', 'Replace data');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Data set in use: Empty installation.'));
    expect(testStore.customers.all()).toHaveLength(0);
    expect(testStore.customerUsers.all()).toHaveLength(0);

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('No data found.')).toBeInTheDocument();
  });

  it('asks before Reset demo data; Cancel keeps the data, Replace data puts the seed back', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 12 });
    const { user } = renderApp(paths.customerUsers.list.href());
    expect(await screen.findByRole('heading', { name: 'List (12 total)' })).toBeInTheDocument();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('radio', { name: 'Demo data' }));
    const reset = within(panel).getByRole('button', { name: 'Reset demo data' });

    await user.click(reset);
    const question = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    expect(question).toHaveTextContent('replaced by: Demo data.');
    await answer(user, 'Reset demo data?', 'Cancel');
    expect(reset).toHaveFocus();
    expect(testStore.seed).toEqual({ kind: 'generated', customerUsers: 12 });
    expect(statusOf(panel)).toHaveTextContent('');
    expect(screen.getByRole('heading', { name: 'List (12 total)' })).toBeInTheDocument();

    // Esc answers the question only: the panel stays open.
    await user.click(reset);
    expect(await screen.findByRole('dialog', { name: 'Reset demo data?' })).toBe(question);
    await user.keyboard('{Escape}');
    expect(question).not.toHaveAttribute('open');
    expect(panel).toHaveAttribute('open');
    expect(testStore.seed).toEqual({ kind: 'generated', customerUsers: 12 });

    await user.click(reset);
    await answer(user, 'Reset demo data?', 'Replace data');
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Demo data reset.'));
    expect(testStore.seed).toEqual({ kind: 'demo' });
    expect(await screen.findByRole('heading', { name: /^List \(\d+ total\)$/ })).not.toHaveTextContent('12');
  });
});

describe('the Demo panel in German', () => {
  it('says everything in German', async () => {
    const { user } = renderApp(paths.settings.href(), { locale: 'de' });
    const panel = await openPanel(user, { menu: 'Menü', panel: 'Demo-Einstellungen' });
    // The badge beside the menu's button.
    expect(screen.getByRole('button', { name: 'Demo-Einstellungen' }).previousElementSibling).toHaveTextContent(
      'Demodaten',
    );

    expect(within(panel).getByRole('heading', { name: 'Demo-Einstellungen' })).toBeInTheDocument();
    expect(within(panel).getByText('Aktuell: Demodaten.')).toBeInTheDocument();
    for (const name of ['Demodaten', 'Leere Installation', 'Generierte Kundenbenutzer']) {
      expect(within(panel).getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(within(panel).getByRole('spinbutton', { name: 'Anzahl zusätzlicher Gruppen' })).toHaveValue(0);
    expect(within(panel).getByRole('spinbutton', { name: 'Latenz (ms)' })).toHaveValue(0);
    expect(within(panel).getByRole('combobox', { name: 'Störungen' })).toHaveDisplayValue('Aus');
    expect(within(panel).getByRole('checkbox', { name: 'Als Administrator handeln' })).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'Unterstützung für Kundengruppen' })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Farbschema' })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Sprache' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('radio', { name: 'Generierte Kundenbenutzer' }));
    expect(within(panel).getByRole('spinbutton', { name: 'Anzahl der Kundenbenutzer' })).toHaveValue(1000);
    await user.click(within(panel).getByRole('button', { name: 'Datenbestand übernehmen' }));
    const question = await screen.findByRole('dialog', { name: 'Datenbestand übernehmen?' });
    expect(question).toHaveTextContent('ersetzt durch: 1000 generierte Kundenbenutzer.');
    expect(within(question).getByRole('button', { name: 'Daten ersetzen' })).toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));

    await user.click(within(panel).getByRole('radio', { name: 'Demodaten' }));
    await user.click(within(panel).getByRole('button', { name: 'Demodaten zurücksetzen' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Demodaten zurücksetzen?' })).getByRole('button', {
        name: 'Daten ersetzen',
      }),
    );
    await waitFor(() => expect(statusOf(panel)).toHaveTextContent('Demodaten zurückgesetzt.'));
  });
});
