import { env, mockApiInBuild } from '@/config/env';
import { DemoMenuEntry } from '@/features/demo';
import { ThemeSwitch } from '@/features/theme';
import { LanguageSelect } from './language-select';

/** What the header menu holds besides the navigation: it loads with the menu's first opening, not the first visit. */
export function HeaderSettings() {
  const preferences = (
    <>
      <ThemeSwitch />
      <LanguageSelect />
    </>
  );
  return (
    <>
      {preferences}
      {mockApiInBuild && env.apiMocking && <DemoMenuEntry preferences={preferences} />}
    </>
  );
}
