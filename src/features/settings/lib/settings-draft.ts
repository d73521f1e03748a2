import { type Settings, settingsSchema } from '@/api/settings-schema';
import { m } from '@/i18n';

/** The settings as the form holds them: the list limit as typed, so a wrong number stays to be corrected. */
export type SettingsDraft = Omit<Settings, 'listLimit'> & { listLimit: string };

const settingsLabels: Record<keyof Settings, () => string> = {
  customerGroupSupport: m.settings_customer_group_support,
  otherCustomersContext: m.settings_other_customers_context,
  alwaysGroups: m.settings_always_groups,
  listLimit: m.settings_list_limit,
};

/** A setting's label in the language on view ("List limit" / "Listenbegrenzung"). */
export function settingsLabel(field: keyof Settings): string {
  return settingsLabels[field]();
}

export function isSettingsField(name: string): name is keyof Settings {
  return Object.hasOwn(settingsLabels, name);
}

export function draftOf(settings: Settings): SettingsDraft {
  return { ...settings, listLimit: String(settings.listLimit) };
}

/** The draft as the settings to send; an empty or non-numeric limit becomes NaN (sent as null), which the contract refuses. */
export function settingsOf(draft: SettingsDraft): Settings {
  const text = draft.listLimit.trim();
  return { ...draft, listLimit: text === '' ? Number.NaN : Number(text) };
}

/** The contract's messages per field for a draft that does not parse, or undefined when it does. */
export function draftErrors(draft: SettingsDraft): Record<string, string> | undefined {
  const parsed = settingsSchema.safeParse(settingsOf(draft));
  if (parsed.success) return undefined;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'body');
    errors[field] ??= issue.message;
  }
  return errors;
}

export const sameDraft = (a: SettingsDraft, b: SettingsDraft) => JSON.stringify(a) === JSON.stringify(b);
