import { env } from '@/config/env';
import { DemoControls } from '@/features/demo';
import { ThemeSwitch } from '@/features/theme';
import { LanguageSelect } from './language-select';

/** What the header menu holds besides the navigation: it loads with the menu's first opening, not the first visit. */
export function HeaderSettings() {
  return (
    <>
      <ThemeSwitch />
      <LanguageSelect />
      {env.apiMocking && <DemoControls />}
    </>
  );
}
