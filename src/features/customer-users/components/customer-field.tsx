import { useCombobox } from 'downshift';
import type { ChangeEvent } from 'react';
import { type Control, useController } from 'react-hook-form';
import type { CustomerUserFormValues } from '@/api/customer-user-write-schema';
import { FormField, fieldLabelId } from '@/components/form/form-field';
import { cx } from '@/components/ui/class-names';
import { Muted } from '@/components/ui/text';
import { useCustomerOptions } from '@/features/customers';
import { customerUserFieldLabel, m } from '@/i18n';
import styles from './customer-field.module.css';
import { type CustomerOption, matchingCustomers, resolveCustomerId } from './customer-match';

interface CustomerFieldProps {
  id: string;
  control: Control<CustomerUserFormValues>;
  error?: string;
  /** The customer the saved user has, shown even when it has become invalid. */
  savedCustomerId?: string;
}

/**
 * The customer by ID: an ARIA 1.2 combobox (Downshift) offering the valid customers whose ID or name
 * contains what is typed. Leaving it turns a typed name, or an ID in another letter case, into the ID.
 */
export function CustomerField({ id, control, error, savedCustomerId }: CustomerFieldProps) {
  const { field } = useController({ name: 'customerId', control });
  const options = useCustomerOptions();
  const customers = options.data?.items ?? [];
  const value = field.value ?? '';
  const items = matchingCustomers(customers, value);
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<CustomerOption>({
    items,
    itemToString: (customer) => customer?.customerId ?? '',
    itemToKey: (customer) => customer?.customerId,
    inputValue: value,
    onInputValueChange: ({ inputValue }) => field.onChange(inputValue),
    inputId: id,
    labelId: fieldLabelId(id),
    menuId: `${id}-options`,
  });

  return (
    <FormField
      id={id}
      label={customerUserFieldLabel('customerId')}
      required
      error={error}
      hint={customerHint(options, customers, value, savedCustomerId)}
    >
      {(controlProps) => (
        <div className={styles.combobox}>
          <input
            type="text"
            {...getInputProps({
              ...controlProps,
              name: field.name,
              ref: field.ref,
              // Typing goes to the form at once: Downshift reports the new text only after rendering,
              // and a controlled input that waits for it loses keys typed in quick succession.
              onChange: (event: ChangeEvent<HTMLInputElement>) => field.onChange(event.target.value),
              onBlur: () => {
                const resolved = resolveCustomerId(customers, value);
                if (resolved !== value) field.onChange(resolved);
                field.onBlur();
              },
            })}
          />
          <ul {...getMenuProps()} className={styles.menu} hidden={!isOpen || items.length === 0}>
            {isOpen &&
              items.map((customer, index) => (
                <li
                  key={customer.customerId}
                  className={cx(styles.option, index === highlightedIndex && styles.highlighted)}
                  {...getItemProps({ item: customer, index })}
                >
                  {customer.customerId} <Muted>{customer.name}</Muted>
                </li>
              ))}
          </ul>
        </div>
      )}
    </FormField>
  );
}

/** Nothing is claimed about the customer before the customers have arrived. */
function customerHint(
  options: { isPending: boolean; isError: boolean },
  customers: readonly CustomerOption[],
  value: string,
  savedCustomerId: string | undefined,
): string {
  if (options.isPending) return m.customer_users_loading_customers();
  if (options.isError) return m.customer_users_customer_hint_failed();
  const typed = value.trim();
  const chosen = customers.find((customer) => customer.customerId === typed);
  if (chosen) return chosen.name;
  if (typed !== '' && typed === savedCustomerId) {
    return m.customer_users_customer_hint_invalid();
  }
  return m.customer_users_customer_hint();
}
