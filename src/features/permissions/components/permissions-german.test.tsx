import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, demoGroups, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

const checkbox = (name: string) => screen.getByRole('checkbox', { name });

describe('the permission screens in German', () => {
  it('a customer user’s groups: the matrix, its boxes, the default groups and a save', async () => {
    const { user } = renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }), { locale: 'de' });
    // The first screen of a file loads its lazy modules: give it longer than the default second.
    await screen.findByRole('checkbox', { name: 'rw-Berechtigung für support' }, { timeout: 5000 });

    expect(screen.getByRole('table', { name: 'Gruppenberechtigungen dieses Kundenbenutzers' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Gruppe/ })).toBeInTheDocument();
    expect(checkbox('ro-Berechtigung für support')).toBeChecked();
    expect(checkbox('rw-Berechtigung für hardware')).not.toBeChecked();
    expect(checkbox('Recht ro für alle umschalten')).toHaveProperty('indeterminate', true);
    expect(screen.getByRole('heading', { name: 'Standardgruppen des Kundenbenutzers' })).toBeInTheDocument();
    expect(screen.getByText(/^Alle Kundenbenutzer haben sämtliche Rechte auf users\./)).toBeInTheDocument();

    // A change the filter hides is counted, in German plural forms.
    await user.click(checkbox('ro-Berechtigung für billing'));
    await user.type(screen.getByRole('searchbox', { name: 'Filter für Gruppen' }), 'sa*');
    expect(screen.getByText('1 ungespeicherte Änderung, davon 1 durch den Filter ausgeblendet')).toBeInTheDocument();
    expect(screen.getByText(/^1 von \d+ angezeigt$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Änderungen gespeichert.')).toBeInTheDocument();
  });

  it('the groups list: heading, table, columns and the assignment links', async () => {
    renderApp(paths.groups.list.href(), { locale: 'de' });
    expect(await screen.findByRole('heading', { name: 'Gruppen', level: 1 }, { timeout: 5000 })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Gruppen' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Gruppe', 'Kommentar', 'Gültigkeit', 'Zuordnen']);
    expect(within(table).getAllByRole('cell', { name: 'gültig' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Kundenbenutzer der Gruppe support' })).toHaveTextContent('Kundenbenutzer');
    expect(screen.getByRole('link', { name: 'Kunden der Gruppe support' })).toHaveTextContent('Kunden');
  });

  it('a group’s customer users and customers: headings, matrix names and context columns', async () => {
    const { unmount } = renderApp(`${paths.groups.customerUsers.href({ groupId: demoGroups.stats.id })}?search=jdoe`, {
      locale: 'de',
    });
    expect(
      await screen.findByRole('heading', { name: 'Kundenbenutzer der Gruppe stats', level: 1 }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Berechtigungen der Kundenbenutzer für diese Gruppe' }),
    ).toBeInTheDocument();
    expect(checkbox('ro-Berechtigung für jdoe')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter für Kundenbenutzer' })).toBeInTheDocument();
    unmount();

    renderApp(paths.groups.customers.href({ groupId: demoGroups.support.id }), { locale: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Kunden der Gruppe support', level: 1 }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: 'rw-Berechtigung für nordwind-logistics (Gleicher Kunde)' }),
    ).toBeInTheDocument();
    expect(checkbox('Recht rw für alle umschalten (Gleicher Kunde)')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Gleicher Kunde' })).toBeInTheDocument();
  });

  it('the effective permissions on the edit screen', async () => {
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }), { locale: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Effektive Berechtigungen für Kundenbenutzer' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const groups = await screen.findByRole('table', { name: 'Gruppenberechtigungen' });
    expect(within(groups).getByRole('columnheader', { name: 'Gruppe' })).toBeInTheDocument();
    const access = screen.getByRole('table', { name: 'Kundenzugang' });
    expect(within(access).getByRole('columnheader', { name: 'Direkt' })).toBeInTheDocument();
    expect(
      screen.getByText('Angezeigt wird der gespeicherte Stand; ungespeicherte Änderungen sind nicht berücksichtigt.'),
    ).toBeInTheDocument();
  });

  it('says so when customer group support is off, and when the admin is no administrator', async () => {
    testStore.settings = { ...testStore.settings, customerGroupSupport: false };
    const { unmount } = renderApp(paths.groups.list.href(), { locale: 'de' });
    expect(await screen.findByText('Diese Funktion ist deaktiviert!', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Unterstützung für Kundengruppen in den Einstellungen einschalten' }),
    ).toBeInTheDocument();
    unmount();

    testStore.settings = { ...testStore.settings, customerGroupSupport: true };
    testStore.agent = { ...testStore.agent, isAdministrator: false };
    renderApp(paths.groups.list.href(), { locale: 'de' });
    expect(await screen.findByText('Nur Administratoren können Gruppenzugehörigkeiten ändern.')).toBeInTheDocument();
  });
});
