import { InlineSelect } from '@/components/ui/inline-select';
import { changeLocale, languageNames, locales, m, useLocale } from '@/i18n';

/** "Language" / "Sprache": changes the console's language at once and remembers it. */
export function LanguageSelect() {
  return (
    <InlineSelect
      label={m.i18n_language()}
      value={useLocale()}
      options={locales.map((locale) => ({ value: locale, name: languageNames[locale], lang: locale }))}
      onChange={changeLocale}
    />
  );
}
