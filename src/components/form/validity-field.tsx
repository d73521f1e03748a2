import type { UseFormRegisterReturn } from 'react-hook-form';
import { validities } from '@/api/common-schema';
import { FormField } from './form-field';

export function ValidityField({
  id,
  registration,
  error,
}: {
  id: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <FormField id={id} label="Validity" required error={error}>
      {(control) => (
        <select {...control} {...registration}>
          {validities.map((validity) => (
            <option key={validity} value={validity}>
              {validity}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
