import { useId } from 'react';
import { m, validityLabel } from '@/i18n';
import { ToolbarField } from './toolbar-field';

/** A validity the contract knows ("valid", "invalid", "invalid-temporarily"). */
type KnownValidity = Parameters<typeof validityLabel>[0];

interface ValidityFilterProps<Validity extends KnownValidity> {
  /** Every validity, in the order offered. */
  options: readonly Validity[];
  /** The validity shown, or none for all. */
  value: Validity | undefined;
  onChange: (validity: Validity | undefined) => void;
}

/** A list's "Show" select: all validities, or one of them only. */
export function ValidityFilter<Validity extends KnownValidity>({
  options,
  value,
  onChange,
}: ValidityFilterProps<Validity>) {
  const id = useId();
  return (
    <ToolbarField>
      <label htmlFor={id}>{m.ui_validity_filter_label()}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(options.find((option) => option === event.target.value))}
      >
        <option value="">{m.ui_validity_filter_all()}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {m.ui_validity_filter_only({ validity: validityLabel(option) })}
          </option>
        ))}
      </select>
    </ToolbarField>
  );
}
