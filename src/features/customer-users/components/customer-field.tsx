import type { UseFormRegisterReturn } from 'react-hook-form';
import { customerUserLabels } from '@/api/customer-user-schema';
import { FormField } from '@/components/form/form-field';
import { useCustomerOptions } from '@/features/customers';

interface CustomerFieldProps {
  id: string;
  registration: UseFormRegisterReturn<'customerId'>;
  error?: string;
  value: string;
  savedCustomerId?: string;
}

/** The customer by ID, with the valid customers offered as the admin types (by ID or name). */
export function CustomerField({ id, registration, error, value, savedCustomerId }: CustomerFieldProps) {
  const options = useCustomerOptions();
  const customers = options.data?.items ?? [];
  const chosen = customers.find((customer) => customer.customerId === value.trim());
  const keepsInvalid = !chosen && value.trim() !== '' && value.trim() === savedCustomerId;
  const hint = chosen
    ? chosen.name
    : keepsInvalid
      ? 'This customer is no longer valid; the customer user keeps it until another is chosen.'
      : 'Type to choose from the valid customers, by ID or name.';

  return (
    <FormField id={id} label={customerUserLabels.customerId} required error={error} hint={hint}>
      {(control) => (
        <>
          <input {...control} type="text" list={`${id}-options`} autoComplete="off" {...registration} />
          <datalist id={`${id}-options`}>
            {customers.map((customer) => (
              <option key={customer.customerId} value={customer.customerId} label={customer.name} />
            ))}
          </datalist>
        </>
      )}
    </FormField>
  );
}
