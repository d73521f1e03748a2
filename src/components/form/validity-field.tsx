import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from './form-field';

export function ValidityField({
  id,
  options,
  registration,
  error,
}: {
  id: string;
  /** The validities to choose from, in the contract's order. */
  options: readonly string[];
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <FormField id={id} label="Validity" required error={error}>
      {(control) => (
        <select {...control} {...registration}>
          {options.map((validity) => (
            <option key={validity} value={validity}>
              {validity}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
