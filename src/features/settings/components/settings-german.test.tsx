import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Settings in German', () => {
  it('labels the settings in German and says when they are saved', async () => {
    testStore.settings = { ...testStore.settings, alwaysGroups: ['users', 'legacy-portal'] };
    const { user } = renderApp('/settings', { locale: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    const limit = await screen.findByRole('spinbutton', { name: 'Listenbegrenzung' }, { timeout: 5000 });
    expect(screen.getByText('Von 1 bis 10.000.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Unterstützung für Kundengruppen' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Kontext „Andere Kunden“' })).toBeInTheDocument();
    const groups = screen.getByRole('group', { name: 'Standardgruppen des Kundenbenutzers' });
    expect(await within(groups).findByRole('checkbox', { name: 'legacy-portal (ungültig)' })).toBeDisabled();
    await waitFor(() => expect(document.title).toMatch(/^Einstellungen – /));

    await user.clear(limit);
    await user.type(limit, '250');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Einstellungen gespeichert.')).toBeInTheDocument();
    expect(testStore.settings.listLimit).toBe(250);
  });

  it('tells a non-administrator in German that only administrators can change them', async () => {
    testStore.agent = { ...testStore.agent, isAdministrator: false };
    renderApp('/settings', { locale: 'de' });
    expect(await screen.findByText('Nur Administratoren können die Einstellungen ändern.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeDisabled();
  });
});

describe('the header menu’s theme switch and demo controls in German', () => {
  it('offers System, Hell and Dunkel, and the demo controls in German', async () => {
    const { user } = renderApp('/settings', { locale: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Menü' }));
    const theme = await screen.findByRole('combobox', { name: 'Farbschema' });
    expect(theme).toHaveDisplayValue('System');
    expect(
      within(theme)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['System', 'Hell', 'Dunkel']);
    await user.selectOptions(theme, 'Dunkel');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.selectOptions(theme, 'System');

    // The demo's switches are in the Demo panel (src/features/demo/components/demo-panel.test.tsx, in German too).
    expect(screen.getByText('Demodaten')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demo-Einstellungen' }));
    const panel = await screen.findByRole('dialog', { name: 'Demo-Einstellungen' });
    expect(await within(panel).findByRole('checkbox', { name: 'Als Administrator handeln' })).toBeInTheDocument();
  });
});
