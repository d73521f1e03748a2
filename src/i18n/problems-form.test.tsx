import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const textbox = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });
const takenEmail = 'Diese E-Mail-Adresse wird bereits von einem anderen Kundenbenutzer verwendet.';

describe('the server’s messages in the admin’s language', () => {
  it('a German admin sees a German message for an email that is already taken', async () => {
    const existing = testStore.customerUsers.all()[0];
    if (!existing) throw new Error('The demo has no customer users.');
    const { user } = renderApp('/customer-users/new', { locale: 'de' });
    await screen.findByRole('textbox', { name: /^Vorname/ });
    await user.type(textbox('Vorname'), 'Grace');
    await user.type(textbox('Nachname'), 'Hopper');
    await user.type(textbox('Benutzername'), 'ghopper');
    await user.type(textbox('E-Mail'), existing.email.toUpperCase());
    await user.type(screen.getByRole('combobox', { name: /^Kunde/ }), 'nordwind-logistics');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(takenEmail)).toBeInTheDocument();
    expect(textbox('E-Mail')).toHaveAccessibleDescription(expect.stringContaining(takenEmail));
  });

  it('the form’s own validation speaks German', async () => {
    const { user } = renderApp('/customer-users/new', { locale: 'de' });
    await screen.findByRole('textbox', { name: /^Vorname/ });
    await user.type(textbox('E-Mail'), 'keine-adresse');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Vorname ist ein Pflichtfeld.')).toBeInTheDocument();
    expect(within(summary).getByText('E-Mail muss eine gültige E-Mail-Adresse sein.')).toBeInTheDocument();
  });
});
