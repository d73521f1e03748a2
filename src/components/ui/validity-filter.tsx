import { useId } from 'react';
import { ToolbarField } from './toolbar-field';

interface ValidityFilterProps<Validity extends string> {
  /** Every validity, in the order offered. */
  options: readonly Validity[];
  /** The validity shown, or none for all. */
  value: Validity | undefined;
  onChange: (validity: Validity | undefined) => void;
}

/** A list's "Show" select: all validities, or one of them only. */
export function ValidityFilter<Validity extends string>({ options, value, onChange }: ValidityFilterProps<Validity>) {
  const id = useId();
  return (
    <ToolbarField>
      <label htmlFor={id}>Show</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(options.find((option) => option === event.target.value))}
      >
        <option value="">all validities</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option} only
          </option>
        ))}
      </select>
    </ToolbarField>
  );
}
