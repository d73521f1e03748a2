import type { UseFormRegisterReturn } from 'react-hook-form';
import { ValidityOptions } from '@/components/ui/validity-options';
import { m, type validityLabel } from '@/i18n';
import { FormField } from './form-field';

/** A validity the contract knows ("valid", "invalid", "invalid-temporarily"). */
type Validity = Parameters<typeof validityLabel>[0];

export function ValidityField({
  id,
  options,
  registration,
  error,
}: {
  id: string;
  /** The validities to choose from, in the contract's order. */
  options: readonly Validity[];
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <FormField id={id} label={m.ui_validity()} required error={error}>
      {(control) => (
        <select {...control} {...registration}>
          <ValidityOptions options={options} />
        </select>
      )}
    </FormField>
  );
}
