import { useId } from 'react';
import { inlineField as styles } from '@/components/ui/inline-field';
import { changeLocale, languageNames, locales, m, useLocale } from '@/i18n';

/** "Language" / "Sprache": changes the console's language at once and remembers it. */
export function LanguageSelect() {
  const locale = useLocale();
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{m.i18n_language()}</label>
      <select
        id={id}
        className={styles.select}
        value={locale}
        onChange={(event) => {
          const next = locales.find((candidate) => candidate === event.target.value);
          if (next) changeLocale(next);
        }}
      >
        {locales.map((candidate) => (
          <option key={candidate} value={candidate} lang={candidate}>
            {languageNames[candidate]}
          </option>
        ))}
      </select>
    </div>
  );
}
