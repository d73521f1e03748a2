import { configure, getConfig, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '@/components/form/error-summary';
import { paths } from '@/config/paths';
import { changeLocale, startLocale } from '@/i18n';
import { renderApp } from '@/testing/render-app';

// The suite runs on two shared cores: a screen can take longer than the default second to appear.
const defaultTimeout = getConfig().asyncUtilTimeout;
beforeAll(() => configure({ asyncUtilTimeout: 5000 }));
afterAll(() => configure({ asyncUtilTimeout: defaultTimeout }));

describe('the app shell in German', () => {
  it('names the navigation, its links, the menu and the language select in German', async () => {
    const { user } = renderApp(paths.settings.href(), { locale: 'de' });
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByText('Kundenbenutzer-Verwaltung', { selector: 'header p' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Kundenbenutzer' })).toHaveAttribute(
      'href',
      paths.customerUsers.list.href(),
    );
    expect(within(nav).getByRole('link', { name: 'Kunden' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Einstellungen' })).toHaveAttribute('aria-current', 'page');

    const menuButton = screen.getByRole('button', { name: 'Menü' });
    await user.click(menuButton);
    const language = await screen.findByRole('combobox', { name: 'Sprache' });
    expect(language).toHaveValue('de');
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['English', 'Deutsch']);
  });

  it('says in German that a page does not exist, in the document title too', async () => {
    renderApp('/no-such-page', { locale: 'de' });
    expect(await screen.findByRole('heading', { name: 'Seite nicht gefunden', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Unter dieser Adresse gibt es keine Seite.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Kundenbenutzer-Verwaltung' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Kundenbenutzer-Verwaltung'));
  });
});

describe('changing the language', () => {
  it('switches the screen at once, keeps a half-typed search, sets <html lang> and is remembered', async () => {
    const first = renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found – Customer User Administration'));
    await first.user.click(screen.getByRole('button', { name: 'Menu' }));
    await first.user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(screen.getByRole('heading', { name: 'Seite nicht gefunden', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Kundenbenutzer-Verwaltung'));
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'English');
    await waitFor(() => expect(document.title).toBe('Page not found – Customer User Administration'));
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    const view = renderApp(paths.customerUsers.list.href());
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await view.user.type(search, 'jdo');
    expect(screen.getByText("Wildcards like '*' are allowed.")).toBeInTheDocument();

    await view.user.click(screen.getByRole('button', { name: 'Menu' }));
    await view.user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveValue('jdo');
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toBe(search);
    expect(screen.getByText('Platzhalter wie „*“ sind erlaubt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suchen' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(screen.queryByRole('searchbox', { name: 'Search' })).not.toBeInTheDocument();
    view.unmount();

    // A new visit whose browser prefers English starts in the language chosen before.
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    document.documentElement.lang = 'en';
    startLocale();
    expect(document.documentElement.lang).toBe('de');
    renderApp(paths.settings.href());
    expect(screen.getByRole('button', { name: 'Menü' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });

  it('asks in German before unsaved changes are lost, keeping what was typed', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp(paths.customerUsers.add.href());
    await screen.findByRole('button', { name: 'Save' });
    const field = screen.getAllByRole('textbox')[0];
    if (!field) throw new Error('The add form has no text field.');
    await user.type(field, 'Dr.');

    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(field).toHaveValue('Dr.');
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(confirm).toHaveBeenCalledWith(
      'Es gibt ungespeicherte Änderungen. Seite trotzdem verlassen und Änderungen verwerfen?',
    );
    expect(field).toHaveValue('Dr.');
  });
});

describe('the error summary in German', () => {
  const error = (n: number) => ({
    fieldId: `field-${n}`,
    label: `Feld ${n}`,
    message: `Feld ${n} ist ein Pflichtfeld.`,
  });

  it('counts one problem and several, as German says it', () => {
    changeLocale('de');
    const { rerender } = render(<ErrorSummary errors={[error(1)]} />);
    expect(screen.getByRole('alert', { name: 'Die Eingabe enthält 1 Fehler' })).toBeInTheDocument();

    rerender(<ErrorSummary errors={[error(1), error(2), error(3)]} />);
    expect(screen.getByRole('alert', { name: 'Die Eingabe enthält 3 Fehler' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Feld 3 ist ein Pflichtfeld.' })).toBeInTheDocument();
  });

  it('is the same in English as before', () => {
    const { rerender } = render(<ErrorSummary errors={[error(1)]} />);
    expect(screen.getByRole('alert', { name: 'There is 1 problem with the input' })).toBeInTheDocument();
    rerender(<ErrorSummary errors={[error(1), error(2)]} />);
    expect(screen.getByRole('alert', { name: 'There are 2 problems with the input' })).toBeInTheDocument();
  });

  it('says a failed save in German, with Try again', () => {
    changeLocale('de');
    render(<ErrorSummary errors={[]} failure={{ message: 'Keine Verbindung.', onRetry: () => {} }} />);
    expect(screen.getByRole('alert', { name: 'Nicht gespeichert' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nochmals versuchen' })).toBeInTheDocument();
  });

  it('shows the add form’s problems with the German count after an empty save', async () => {
    const { user } = renderApp(paths.customerUsers.add.href(), { locale: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Speichern' }));
    const summary = await screen.findByRole('alert', { name: /^Die Eingabe enthält \d+ Fehler$/ });
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
