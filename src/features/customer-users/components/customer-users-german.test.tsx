import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerUser } from '@/api/customer-user-schema';
import { paths } from '@/config/paths';
import { changeLocale } from '@/i18n';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

/** A flash message by its whole text, links inside it included. */
const flashText = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent === text;

const textbox = (name: string) => screen.getByRole('textbox', { name });

function otherAdminSaves(changes: Partial<CustomerUser>) {
  const current = testStore.customerUsers.get(jdoe.id);
  if (!current.ok) throw new Error('no jdoe');
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
  if (!testStore.customerUsers.update(id, { ...fields, ...changes }).ok) throw new Error('could not save');
}

describe('Customer User Management in German', () => {
  it('lists the customer users under German headings, columns and validities', async () => {
    renderApp('/customer-users?search=doe', { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenbenutzer-Verwaltung' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Liste (2 insgesamt)' });
    for (const column of ['Benutzername', 'Name', 'E-Mail', 'Kundennummer', 'Kommentar', 'Gültigkeit']) {
      expect(within(table).getByRole('columnheader', { name: new RegExp(`^${column}`) })).toBeInTheDocument();
    }
    expect(within(table).getAllByRole('cell', { name: 'gültig' }).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText('2 Kundenbenutzer gefunden.')).toBeInTheDocument());
    const sidebar = screen.getByRole('complementary', { name: 'Seitenleiste Kundenbenutzer' });
    expect(within(sidebar).getByRole('link', { name: 'Kundenbenutzer hinzufügen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Suche: doe – Kundenbenutzer-Verwaltung – /));
  });

  it('says in German when more match than the list limit', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 1234 });
    const { user } = renderApp('/customer-users', { locale: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Liste (nur 1000 angezeigt – mehr verfügbar)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText((_, element) =>
        Boolean(
          element?.textContent ===
            'Die ersten 1000 Treffer werden in Sortierreihenfolge angezeigt. Alle 1234 Treffer anzeigen oder die Suche eingrenzen.' &&
            element.querySelector('a'),
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Seiten der Kundenbenutzerliste' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Alle 1234 Treffer anzeigen' }));
    expect(await screen.findByRole('heading', { name: 'Liste (1234 insgesamt)' })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    renderApp('/customer-users?search=nobody-at-all', { locale: 'de' });
    expect(await screen.findByRole('heading', { name: 'Liste (0 insgesamt)' })).toBeInTheDocument();
    expect(screen.getByText('Keine Daten gefunden.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Keine Kundenbenutzer gefunden.')).toBeInTheDocument());
  });

  it('edits a customer user with the German form, tabs and saved message', async () => {
    const { user, currentUrl } = renderApp('/customer-users?search=jdoe', { locale: 'de' });
    await user.click(await screen.findByRole('link', { name: 'jdoe' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kundenbenutzer bearbeiten: jdoe' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^jdoe – Kundenbenutzer bearbeiten – /));
    expect(screen.getByRole('link', { name: 'Kundenbenutzer-Verwaltung' })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Kundenbenutzer' });
    for (const tab of ['Daten', 'Gruppen', 'Kunden'])
      expect(within(tabs).getByRole('link', { name: tab })).toBeVisible();
    expect(screen.getByText(/^Erstellt am .+ von .+ · Geändert am .+ von .+$/)).toBeInTheDocument();

    expect(textbox('Vorname')).toHaveValue(jdoe.firstName);
    expect(textbox('Benutzername')).toHaveValue('jdoe');
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(
      expect.stringContaining('Leer lassen, um das aktuelle Passwort zu behalten.'),
    );
    expect(screen.getByRole('combobox', { name: /^Kunde/ })).toHaveValue(jdoe.customerId);

    await user.clear(textbox('Stadt'));
    await user.type(textbox('Stadt'), 'Lissabon');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Kundenbenutzer aktualisiert!')).toBeInTheDocument();

    await user.type(textbox('Straße'), 'Rua Augusta 1');
    await user.click(screen.getByRole('button', { name: 'Speichern und abschließen' }));
    expect(await screen.findByText('Kundenbenutzer aktualisiert!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=jdoe'));
  });

  it('names the tab screens in German', async () => {
    renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }), { locale: 'de' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gruppen des Kundenbenutzers: jdoe' }),
    ).toBeInTheDocument();
  });

  it('says in German that a customer user does not exist', async () => {
    renderApp(paths.customerUsers.edit.href({ customerUserId: 'cu-999999' }), { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenbenutzer nicht gefunden' })).toBeInTheDocument();
  });

  it('adds a customer user in German and hands over the generated password', async () => {
    const { user } = renderApp('/customer-users/new', { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenbenutzer hinzufügen' })).toBeInTheDocument();
    await screen.findByRole('textbox', { name: /^Vorname/ });
    expect(screen.getByText('Mit * gekennzeichnete Felder sind Pflichtfelder.')).toBeInTheDocument();
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(
      expect.stringContaining('Leer lassen, um ein sicheres Passwort erzeugen zu lassen'),
    );
    await user.type(textbox('Vorname'), 'Grace');
    await user.type(textbox('Nachname'), 'Hopper');
    await user.type(textbox('Benutzername'), 'ghopper');
    await user.type(textbox('E-Mail'), 'grace.hopper@example.com');
    await user.type(screen.getByRole('combobox', { name: 'Kunde' }), 'nordwind-logistics');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText(flashText('Kundenbenutzer ghopper hinzugefügt!'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ghopper' })).toBeInTheDocument();
    expect(screen.getByText(/Generiertes Passwort/)).toBeInTheDocument();

    // The message follows a change of language while it is shown.
    changeLocale('en');
    expect(await screen.findByText(flashText('Customer user ghopper added!'))).toBeInTheDocument();
  });

  it('shows a conflict with another admin in German', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }), { locale: 'de' });
    await screen.findByRole('heading', { name: 'Kundenbenutzer bearbeiten: jdoe' });
    await user.clear(textbox('Stadt'));
    await user.type(textbox('Stadt'), 'Lissabon');
    otherAdminSaves({ city: 'Bremen' });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(
      within(conflict).getByRole('heading', {
        name: 'Ein anderer Benutzer hat diesen Kundenbenutzer inzwischen geändert',
      }),
    ).toBeInTheDocument();
    const table = within(conflict).getByRole('table', { name: 'Von Ihnen beiden geänderte Felder' });
    expect(within(table).getByRole('rowheader', { name: 'Stadt' })).toBeInTheDocument();
    expect(within(conflict).getByRole('button', { name: 'Meine Eingabe trotzdem speichern' })).toBeInTheDocument();
    expect(
      within(conflict).getByRole('button', { name: 'Meine Eingabe verwerfen und den gespeicherten Stand laden' }),
    ).toBeInTheDocument();
  });
});
