import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { cancelWrites } from '@/api/api-client';
import { isApiError, saveFailureOf } from '@/api/api-error';
import { type CustomerUser, customerUserSchema } from '@/api/customer-user-schema';
import {
  type CustomerUserFormOutput,
  type CustomerUserFormValues,
  customerUserFormSchema,
} from '@/api/customer-user-write-schema';
import { customerUserLabels } from '@/api/labels';
import { ErrorSummary } from '@/components/form/error-summary';
import { FormActions } from '@/components/form/form-actions';
import { formClass } from '@/components/form/form-layout';
import { useFormErrorSummary } from '@/components/form/use-form-error-summary';
import { useFormSubmit } from '@/components/form/use-save-lock';
import { Hint } from '@/components/ui/text';
import { paths } from '@/config/paths';
import { customerUserFieldLabel, fillSlots, m } from '@/i18n';
import { showFlash } from '@/lib/flash-messages';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { useCreateCustomerUser, useUpdateCustomerUser } from '../api/customer-user-mutations';
import { listSearchString, useCustomerUserListHref } from '../lib/list-search-params';
import { mergeOntoCurrent } from '../lib/merge-customer-user';
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

/** Every field's label in the language on view, for the error summary. */
function fieldLabels(): Record<keyof typeof customerUserLabels, string> {
  const fields = Object.keys(customerUserLabels) as (keyof typeof customerUserLabels)[];
  return Object.fromEntries(fields.map((field) => [field, customerUserFieldLabel(field)])) as Record<
    keyof typeof customerUserLabels,
    string
  >;
}

function conflictingUser(body: unknown): CustomerUser | undefined {
  const parsed = customerUserSchema.safeParse((body as { current?: unknown } | undefined)?.current);
  return parsed.success ? parsed.data : undefined;
}

type CustomerUserFormProps = { mode: 'add'; user?: undefined } | { mode: 'edit'; user: CustomerUser };

/** Where the list shows a just-added customer user: searched for the username (quoted when it has spaces). */
function listHrefFor(login: string): string {
  return `${paths.customerUsers.list.href()}${listSearchString({ search: /\s/.test(login) ? `"${login}"` : login })}`;
}

export function CustomerUserForm({ mode, user }: CustomerUserFormProps) {
  const navigate = useNavigate();
  /** The saved record the form was loaded with (or last saved): the base of a three-way merge on conflict. */
  const [base, setBase] = useState(user);
  const [conflict, setConflict] = useState<CustomerUser>();
  const [saved, setSaved] = useState(false);
  const create = useCreateCustomerUser();
  const update = useUpdateCustomerUser(user?.id ?? '');
  const form = useForm<CustomerUserFormValues, unknown, CustomerUserFormOutput>({
    resolver: zodResolver(customerUserFormSchema),
    defaultValues: user ? formValuesOf(user) : emptyValues,
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, formState, reset, watch } = form;
  const { summaryRef, summaryErrors, failure, focusSummary, showSaveError, clearSaveErrors } = useFormErrorSummary(
    form,
    fieldLabels(),
    (name) => fieldId(name as keyof CustomerUserFormValues),
  );
  const saving = create.isPending || update.isPending || formState.isSubmitting;
  // On while saving too: the input is safe only once a save has succeeded.
  useUnsavedChangesGuard(formState.isDirty);

  const listHref = useCustomerUserListHref();

  async function save(values: CustomerUserFormOutput, finish: boolean, version = base?.version) {
    clearSaveErrors();
    setSaved(false);
    try {
      if (mode === 'add') {
        const { customerUser: created, generatedPassword } = await create.mutateAsync(values);
        reset(values);
        const addedHref = listHrefFor(created.login);
        const editHref = paths.customerUsers.edit.href({ customerUserId: created.id });
        // Functions, so the message follows a change of language while it is shown.
        showFlash(
          addedHref,
          () => fillSlots(m.customer_users_added, { login: { text: created.login, href: editHref } }),
          generatedPassword ? { label: m.customer_users_generated_password, value: generatedPassword } : undefined,
        );
        navigate(addedHref);
        return;
      }
      const updated = await update.mutateAsync({ ...values, version });
      setConflict(undefined);
      setBase(updated);
      reset(formValuesOf(updated));
      if (finish) {
        showFlash(listHref, m.customer_users_updated);
        navigate(listHref);
      } else {
        setSaved(true);
      }
    } catch (error) {
      const current = isApiError(error, 'conflict') ? conflictingUser(error.body) : undefined;
      if (current) setConflict(current);
      else showSaveError(saveFailureOf(error));
    }
  }

  const { saveLock, onSubmit, retry } = useFormSubmit((finish) =>
    handleSubmit((values) => save(values, finish), focusSummary)(),
  );

  return (
    <form className={formClass} noValidate aria-busy={saving} onSubmit={onSubmit}>
      <ErrorSummary
        ref={summaryRef}
        errors={summaryErrors}
        failure={failure === undefined ? undefined : { message: failure, onRetry: retry }}
      />
      {conflict && base && (
        <ConflictNotice
          base={base}
          current={conflict}
          mine={watch()}
          onOverwrite={() =>
            saveLock(
              handleSubmit((values) => {
                // Only the fields this admin changed go on top of the current record; theirs stay.
                const { version, ...merged } = mergeOntoCurrent(base, values, conflict);
                return save(merged, false, version);
              }, focusSummary),
            )
          }
          onDiscard={() => {
            setBase(conflict);
            reset(formValuesOf(conflict));
            setConflict(undefined);
          }}
        />
      )}
      <CustomerUserFields
        mode={mode}
        register={register}
        control={control}
        errors={formState.errors}
        savedCustomerId={user?.customerId}
      />
      <Hint>{m.customer_users_required_fields()}</Hint>
      <FormActions
        saving={saving}
        onCancelSave={cancelWrites}
        message={saved ? m.customer_users_updated() : ''}
        dirty={formState.isDirty}
        cancelHref={listHref}
        withFinish={mode === 'edit'}
      />
    </form>
  );
}
