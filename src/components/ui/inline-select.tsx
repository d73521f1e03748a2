import { useId } from 'react';
import styles from './inline-select.module.css';

interface InlineSelectProps<Value extends string> {
  label: string;
  value: Value;
  options: readonly { value: Value; name: string; lang?: string }[];
  onChange: (value: Value) => void;
}

/** A label and its select on one line, as the header menu's Theme and Language. */
export function InlineSelect<Value extends string>({ label, value, options, onChange }: InlineSelectProps<Value>) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
