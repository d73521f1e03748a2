import { InlineSelect } from '@/components/ui/inline-select';
import { m } from '@/i18n';
import {
  setThemePreference,
  type ThemePreference,
  themePreferences,
  useThemePreference,
} from '../lib/theme-preference';

const themeNames: Record<ThemePreference, () => string> = {
  system: m.theme_system,
  light: m.theme_light,
  dark: m.theme_dark,
};

/** Light, dark, or whatever the OS says; applies at once and is remembered in this browser. */
export function ThemeSwitch() {
  return (
    <InlineSelect
      label={m.theme_label()}
      value={useThemePreference()}
      options={themePreferences.map((preference) => ({ value: preference, name: themeNames[preference]() }))}
      onChange={setThemePreference}
    />
  );
}
