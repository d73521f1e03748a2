import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { m } from '@/i18n';
import { buttonClass } from './button';
import styles from './sidebar-search.module.css';
import { Hint } from './text';

interface SidebarSearchProps {
  /** The term the shown results belong to; the box starts from it. */
  term: string;
  onSearch: (term: string) => void;
}

/** The sidebar's search box: runs on Enter or the magnifier button; Escape clears the box and the search. */
export function SidebarSearch({ term, onSearch }: SidebarSearchProps) {
  const hintId = useId();
  const inputId = useId();
  const [value, setValue] = useState(term);
  const [shownTerm, setShownTerm] = useState(term);
  if (term !== shownTerm) {
    // Back/forward changed the results: the box follows them.
    setShownTerm(term);
    setValue(term);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(value.trim());
  }

  function clearOnEscape(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing || (value === '' && term === '')) return;
    // The browser would only empty the box; the results must follow it.
    event.preventDefault();
    setValue('');
    if (term !== '') onSearch('');
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: jsdom, which the component tests run in, has no <search> element yet
    <form role="search" className={styles.search} onSubmit={submit}>
      <label htmlFor={inputId}>{m.ui_search()}</label>
      <div className={styles.field}>
        <input
          id={inputId}
          type="search"
          name="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={clearOnEscape}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
        />
        <button
          type="submit"
          className={buttonClass({ icon: true })}
          aria-label={m.ui_search_button()}
          title={m.ui_search_button()}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
            <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <Hint id={hintId}>{m.ui_search_hint()}</Hint>
    </form>
  );
}
