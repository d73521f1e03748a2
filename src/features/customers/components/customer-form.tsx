import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type * as z from 'zod/mini';
import { cancelWrites } from '@/api/api-client';
import { saveFailureOf } from '@/api/api-error';
import { validities } from '@/api/common-schema';
import { type Customer, customerFieldsSchema } from '@/api/customer-schema';
import { customerLabels } from '@/api/labels';
import { ErrorSummary } from '@/components/form/error-summary';
import { FormActions } from '@/components/form/form-actions';
import { FormField } from '@/components/form/form-field';
import { FormFields, formClass, RequiredFieldsNote } from '@/components/form/form-layout';
import { useFormErrorSummary } from '@/components/form/use-form-error-summary';
import { useFormSubmit } from '@/components/form/use-save-lock';
import { ValidityField } from '@/components/form/validity-field';
import { customerFieldLabel, m } from '@/i18n';
import { showFlash } from '@/lib/flash-messages';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { useSaveCustomer } from '../api/customers-api';
import { useCustomerListHref } from '../lib/list-search-params';

type Values = z.input<typeof customerFieldsSchema>;
type Output = z.output<typeof customerFieldsSchema>;
type TextFieldName = Exclude<keyof Values, 'validity'>;

const textFields: { name: TextFieldName; required?: boolean; type?: 'url' }[] = [
  { name: 'customerId', required: true },
  { name: 'name', required: true },
  { name: 'street' },
  { name: 'zip' },
  { name: 'city' },
  { name: 'country' },
  { name: 'url', type: 'url' },
  { name: 'comment' },
];

const emptyValues: Values = {
  customerId: '',
  name: '',
  street: '',
  zip: '',
  city: '',
  country: '',
  url: '',
  comment: '',
  validity: 'valid',
};

const fieldId = (name: string) => `customer-${name}`;

/** Each field's label in the language on view, as the error summary names the fields. */
function fieldLabels(): Record<string, string> {
  const names = Object.keys(customerLabels) as (keyof typeof customerLabels)[];
  return Object.fromEntries(names.map((name) => [name, customerFieldLabel(name)]));
}

function valuesOf(customer: Customer): Values {
  const { version: _version, createdAt, createdBy, changedAt, changedBy, ...fields } = customer;
  return fields;
}

export function CustomerForm({ customer }: { customer?: Customer }) {
  const navigate = useNavigate();
  const [version, setVersion] = useState(customer?.version);
  const [updated, setUpdated] = useState(false);
  const save = useSaveCustomer(customer?.customerId);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(customerFieldsSchema),
    defaultValues: customer ? valuesOf(customer) : emptyValues,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, reset } = form;
  const { summaryRef, summaryErrors, failure, focusSummary, showSaveError, clearSaveErrors } = useFormErrorSummary(
    form,
    fieldLabels(),
    fieldId,
  );
  const saving = save.isPending || formState.isSubmitting;
  // On while saving too: the input is safe only once a save has succeeded.
  useUnsavedChangesGuard(formState.isDirty);
  // Back to the list as the admin left it: the same search, filter, order and page.
  const listHref = useCustomerListHref();

  async function submit(values: Output, finish: boolean) {
    clearSaveErrors();
    setUpdated(false);
    try {
      const saved = await save.mutateAsync({ ...values, version });
      reset(valuesOf(saved));
      if (customer && !finish) {
        setVersion(saved.version);
        setUpdated(true);
      } else if (customer) {
        showFlash(listHref, m.customers_updated);
        navigate(listHref);
      } else {
        showFlash(listHref, () => m.customers_added({ customerId: saved.customerId }));
        navigate(listHref);
      }
    } catch (error) {
      showSaveError(saveFailureOf(error));
    }
  }

  const { onSubmit, retry } = useFormSubmit((finish) =>
    handleSubmit((values) => submit(values, finish), focusSummary)(),
  );

  return (
    <form className={formClass} noValidate aria-busy={saving} onSubmit={onSubmit}>
      <ErrorSummary
        ref={summaryRef}
        errors={summaryErrors}
        failure={failure === undefined ? undefined : { message: failure, onRetry: retry }}
      />
      <FormFields>
        {textFields.map(({ name, required, type }) => (
          <FormField
            key={name}
            id={fieldId(name)}
            label={customerFieldLabel(name)}
            required={required}
            error={formState.errors[name]?.message}
            hint={name === 'customerId' && customer ? m.customers_customer_id_fixed() : undefined}
          >
            {(control) => (
              <input
                {...control}
                type={type ?? 'text'}
                readOnly={name === 'customerId' && Boolean(customer)}
                autoComplete="off"
                {...register(name)}
              />
            )}
          </FormField>
        ))}
        <ValidityField
          id={fieldId('validity')}
          options={validities}
          registration={register('validity')}
          error={formState.errors.validity?.message}
        />
      </FormFields>
      <RequiredFieldsNote />
      <FormActions
        saving={saving}
        onCancelSave={cancelWrites}
        message={updated ? m.customers_updated() : ''}
        dirty={formState.isDirty}
        cancelHref={listHref}
        withFinish={Boolean(customer)}
      />
    </form>
  );
}
