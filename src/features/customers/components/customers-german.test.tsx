import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Customer Administration in German', () => {
  it('lists the customers under German headings, columns and actions', async () => {
    renderApp('/customers', { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenverwaltung' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Liste (9 insgesamt)' });
    expect(within(table).getByRole('columnheader', { name: 'Kundennummer' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Kundenname' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Gültigkeit' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: 'gültig' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Kunde hinzufügen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Kundenverwaltung – /));
  });

  it('adds a customer with the German form and says so', async () => {
    const { user, currentUrl } = renderApp('/customers/new', { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunde hinzufügen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kundenverwaltung' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Kundennummer' }), 'acme-rockets');
    await user.type(screen.getByRole('textbox', { name: 'Kundenname' }), 'Acme Rockets Inc.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Kunde acme-rockets hinzugefügt!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customers'));
    expect(testStore.customers.get('acme-rockets')).toMatchObject({ ok: true, value: { name: 'Acme Rockets Inc.' } });
  });

  it('names the missing required fields in German', async () => {
    const { user } = renderApp('/customers/new', { locale: 'de' });
    await screen.findByRole('heading', { name: 'Kunde hinzufügen' });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Die Eingabe enthält 2 Fehler' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Kundennummer ist ein Pflichtfeld.' })).toBeInTheDocument();
  });

  it('edits a customer in German, with its groups link and the saved message', async () => {
    const { user } = renderApp('/customers/atlas-medical', { locale: 'de' });
    expect(await screen.findByRole('heading', { name: 'Kunde bearbeiten: atlas-medical' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gruppen dieses Kunden' })).toBeInTheDocument();
    expect(
      screen.getByText('Kundenbenutzer sind ihr zugeordnet, daher kann sie nicht geändert werden.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Stadt' }), ' Nord');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Kunde aktualisiert!')).toBeInTheDocument();
    expect(testStore.customers.get('atlas-medical')).toMatchObject({ value: { city: 'Manchester Nord', version: 2 } });
  });
});
