// The colour theme: the switch (System, Light, Dark) and applying the remembered choice before the first render.
export { ThemeSwitch } from './components/theme-switch';
export { applyStoredThemePreference } from './lib/theme-preference';
