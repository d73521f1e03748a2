import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { validities } from '@/api/common-schema';
import type { CustomerUserFormValues } from '@/api/customer-user-write-schema';
import { FormField } from '@/components/form/form-field';
import { FormFields } from '@/components/form/form-layout';
import { ValidityField } from '@/components/form/validity-field';
import { customerUserFieldLabel, m } from '@/i18n';
import { CustomerField } from './customer-field';

type FieldName = keyof CustomerUserFormValues;

interface TextFieldSpec {
  name: Exclude<FieldName, 'customerId' | 'validity'>;
  type?: 'text' | 'email' | 'tel' | 'password';
  autoComplete?: string;
  required?: boolean;
}

const fieldsBeforeCustomer: TextFieldSpec[] = [
  { name: 'title', autoComplete: 'off' },
  { name: 'firstName', required: true, autoComplete: 'off' },
  { name: 'lastName', required: true, autoComplete: 'off' },
  { name: 'login', required: true, autoComplete: 'off' },
  { name: 'password', type: 'password', autoComplete: 'new-password' },
  { name: 'email', type: 'email', required: true, autoComplete: 'off' },
];

const fieldsAfterCustomer: TextFieldSpec[] = [
  { name: 'phone', type: 'tel' },
  { name: 'fax', type: 'tel' },
  { name: 'mobile', type: 'tel' },
  { name: 'street' },
  { name: 'zip' },
  { name: 'city' },
  { name: 'country' },
  { name: 'comment' },
];

export const fieldId = (name: FieldName) => `customer-user-${name}`;

interface CustomerUserFieldsProps {
  mode: 'add' | 'edit';
  register: UseFormRegister<CustomerUserFormValues>;
  control: Control<CustomerUserFormValues>;
  errors: FieldErrors<CustomerUserFormValues>;
  /** The customer the saved user has, shown even when it has become invalid. */
  savedCustomerId?: string;
}

/** The fields of the spec, in its order, labelled with its exact words (in the language on view). */
export function CustomerUserFields({ mode, register, control, errors, savedCustomerId }: CustomerUserFieldsProps) {
  const textField = (spec: TextFieldSpec) => (
    <FormField
      key={spec.name}
      id={fieldId(spec.name)}
      label={customerUserFieldLabel(spec.name)}
      required={spec.required}
      error={errors[spec.name]?.message}
      hint={spec.name === 'password' ? passwordHint(mode) : undefined}
    >
      {(control) => (
        <input {...control} type={spec.type ?? 'text'} autoComplete={spec.autoComplete} {...register(spec.name)} />
      )}
    </FormField>
  );

  return (
    <FormFields>
      {fieldsBeforeCustomer.map(textField)}
      <CustomerField
        id={fieldId('customerId')}
        control={control}
        error={errors.customerId?.message}
        savedCustomerId={savedCustomerId}
      />
      {fieldsAfterCustomer.map(textField)}
      <ValidityField
        id={fieldId('validity')}
        options={validities}
        registration={register('validity')}
        error={errors.validity?.message}
      />
    </FormFields>
  );
}

function passwordHint(mode: 'add' | 'edit') {
  return mode === 'add' ? m.customer_users_password_hint_add() : m.customer_users_password_hint_edit();
}
