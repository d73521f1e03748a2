import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { isApiError, saveFailureOf } from '@/api/api-error';
import {
  type CustomerUser,
  type CustomerUserFormOutput,
  type CustomerUserFormValues,
  customerUserFormSchema,
  customerUserLabels,
  customerUserSchema,
} from '@/api/customer-user-schema';
import { ErrorSummary } from '@/components/form/error-summary';
import { FormActions, submittedWithFinish } from '@/components/form/form-actions';
import { formClass } from '@/components/form/form-layout';
import { useFormErrorSummary } from '@/components/form/use-form-error-summary';
import { Hint } from '@/components/ui/text';
import { showFlash } from '@/lib/flash-messages';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useCreateCustomerUser, useUpdateCustomerUser } from '../api/customer-users-api';
import { rememberedListHref } from '../lib/list-location';
import { ConflictNotice } from './conflict-notice';
import { CustomerUserFields, fieldId } from './customer-user-fields';

const emptyValues: CustomerUserFormValues = {
  title: '',
  firstName: '',
  lastName: '',
  login: '',
  password: '',
  email: '',
  customerId: '',
  phone: '',
  fax: '',
  mobile: '',
  street: '',
  zip: '',
  city: '',
  country: '',
  comment: '',
  validity: 'valid',
};

function formValuesOf(user: CustomerUser): CustomerUserFormValues {
  const { id: _id, version: _version, createdAt, createdBy, changedAt, changedBy, ...fields } = user;
  return { ...fields, password: '' };
}

function conflictingUser(body: unknown): CustomerUser | undefined {
  const parsed = customerUserSchema.safeParse((body as { current?: unknown } | undefined)?.current);
  return parsed.success ? parsed.data : undefined;
}

type CustomerUserFormProps = { mode: 'add'; user?: undefined } | { mode: 'edit'; user: CustomerUser };

export function CustomerUserForm({ mode, user }: CustomerUserFormProps) {
  const navigate = useNavigate();
  const [version, setVersion] = useState(user?.version);
  const [conflict, setConflict] = useState<CustomerUser>();
  const [savedMessage, setSavedMessage] = useState('');
  const create = useCreateCustomerUser();
  const update = useUpdateCustomerUser(user?.id ?? '');
  const form = useForm<CustomerUserFormValues, unknown, CustomerUserFormOutput>({
    resolver: zodResolver(customerUserFormSchema),
    defaultValues: user ? formValuesOf(user) : emptyValues,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, reset, getValues, watch } = form;
  const { summaryRef, summaryErrors, focusSummary, showSaveError, clearSaveErrors } = useFormErrorSummary(
    form,
    customerUserLabels,
    (name) => fieldId(name as keyof CustomerUserFormValues),
  );
  const saving = create.isPending || update.isPending || formState.isSubmitting;
  useUnsavedChangesGuard(formState.isDirty && !saving);

  const listHref = rememberedListHref();

  async function save(values: CustomerUserFormOutput, finish: boolean, baseVersion = version) {
    clearSaveErrors();
    setSavedMessage('');
    try {
      if (mode === 'add') {
        const created = await create.mutateAsync(values);
        reset(values);
        showFlash(
          listHref,
          `Customer user ${created.customerUser.login} added!`,
          created.generatedPassword ? { label: 'Generated password', value: created.generatedPassword } : undefined,
        );
        navigate(listHref);
        return;
      }
      const updated = await update.mutateAsync({ ...values, version: baseVersion });
      setConflict(undefined);
      setVersion(updated.version);
      reset(formValuesOf(updated));
      if (finish) {
        showFlash(listHref, 'Customer user updated!');
        navigate(listHref);
      } else {
        setSavedMessage('Customer user updated!');
      }
    } catch (error) {
      const current = isApiError(error, 'conflict') ? conflictingUser(error.body) : undefined;
      if (current) setConflict(current);
      else showSaveError(saveFailureOf(error));
    }
  }

  return (
    <form
      className={formClass}
      noValidate
      aria-busy={saving}
      onSubmit={(event) => handleSubmit((values) => save(values, submittedWithFinish(event)), focusSummary)(event)}
    >
      <ErrorSummary ref={summaryRef} errors={summaryErrors} />
      {conflict && (
        <ConflictNotice
          current={conflict}
          mine={getValues()}
          onOverwrite={handleSubmit((values) => save(values, false, conflict.version), focusSummary)}
          onDiscard={() => {
            setVersion(conflict.version);
            reset(formValuesOf(conflict));
            setConflict(undefined);
          }}
        />
      )}
      <CustomerUserFields
        mode={mode}
        register={register}
        errors={formState.errors}
        customerId={watch('customerId') ?? ''}
        savedCustomerId={user?.customerId}
      />
      <Hint>Fields marked with * are required.</Hint>
      <FormActions
        saving={saving}
        message={savedMessage}
        dirty={formState.isDirty}
        cancelHref={listHref}
        withFinish={mode === 'edit'}
      />
    </form>
  );
}
