import { useId } from 'react';
import { inlineField as styles } from '@/components/ui/inline-field';
import {
  isThemePreference,
  setThemePreference,
  type ThemePreference,
  themePreferences,
  useThemePreference,
} from '../lib/theme-preference';

const themeNames: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or whatever the OS says; applies at once and is remembered in this browser. */
export function ThemeSwitch() {
  const id = useId();
  const preference = useThemePreference();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>Theme</label>
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
            {themeNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
