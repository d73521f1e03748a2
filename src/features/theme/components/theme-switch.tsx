import { useId } from 'react';
import { inlineField as styles } from '@/components/ui/inline-field';
import { m } from '@/i18n';
import {
  isThemePreference,
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
  const id = useId();
  const preference = useThemePreference();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{m.theme_label()}</label>
      <select
        id={id}
        className={styles.select}
        value={preference}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) setThemePreference(event.target.value);
        }}
      >
        {themePreferences.map((option) => (
          <option key={option} value={option}>
            {themeNames[option]()}
          </option>
        ))}
      </select>
    </div>
  );
}
