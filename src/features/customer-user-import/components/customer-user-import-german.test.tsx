import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoCustomerUsers } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { chooseFile, openImport, resultOf } from './import-test-helpers';

const { jdoe } = demoCustomerUsers;

describe('Kundenbenutzer importieren', () => {
  it('heißt auf Deutsch so, wie Znuny es sagt', async () => {
    const { user } = renderApp('/customer-users', { locale: 'de' });
    const actions = await screen.findByRole('region', { name: 'Aktionen' });
    await user.click(within(actions).getByRole('link', { name: 'CSV importieren' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenbenutzer importieren' })).toBeInTheDocument();
    expect(screen.getByLabelText('CSV-Datei')).toBeInTheDocument();
  });

  it('liest eine deutsche Tabellenkalkulation (Semikolon, deutsche Spalten) und prüft in den Worten des Formulars', async () => {
    const { user } = await openImport('de');
    await chooseFile(
      user,
      [
        '\ufeffBenutzername;Vorname;Nachname;E-Mail;Kunde;Gültigkeit;Abteilung',
        'neu;Neu;Benutzer;neu@example.com;nordwind-logistics;ungültig-temporär;Vertrieb',
        `jdoe;${jdoe.firstName};${jdoe.lastName};keine-adresse;${jdoe.customerId};gültig;`,
        'NEU;Noch;Einmal;noch@example.com;nordwind-logistics;;',
      ].join('\r\n'),
      { label: 'CSV-Datei' },
    );

    expect(
      await screen.findByText('3 Zeilen: 1 hinzuzufügen, 0 zu aktualisieren, 0 unverändert, 2 mit Fehlern'),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Unbekannte Spalten, nicht importiert: Abteilung.');
    const table = screen.getByRole('table', { name: 'Vorschau' });
    expect(within(table).getByRole('columnheader', { name: 'Zeile' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Benutzername' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Ergebnis' })).toBeInTheDocument();
    expect(resultOf(2, 'Vorschau')).toBe('hinzufügen');
    expect(resultOf(3, 'Vorschau')).toBe('E-Mail: E-Mail muss eine gültige E-Mail-Adresse sein.');
    expect(resultOf(4, 'Vorschau')).toBe('Benutzername: Dieser Benutzername steht schon in Zeile 2 der Datei.');
    expect(screen.getByRole('checkbox', { name: 'Nur Zeilen mit Fehlern anzeigen' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Importieren' }));
    expect(
      await screen.findByText('1 Kundenbenutzer hinzugefügt, 0 aktualisiert, 2 übersprungen.'),
    ).toBeInTheDocument();
    expect(resultOf(2, 'Vorschau')).toBe('hinzugefügt');
    expect(resultOf(3, 'Vorschau')).toBe('nicht importiert: E-Mail: E-Mail muss eine gültige E-Mail-Adresse sein.');
    expect(screen.getByRole('button', { name: 'Passwörter herunterladen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorschau aktualisieren' })).toBeInTheDocument();
  });
});
