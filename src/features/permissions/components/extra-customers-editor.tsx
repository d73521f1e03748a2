import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormActions } from '@/components/form/form-actions';
import { CheckboxList } from '@/components/ui/checkbox-list';
import { ErrorMessage, ErrorState, LoadingState } from '@/components/ui/query-states';
import { Muted } from '@/components/ui/text';
import { paths } from '@/config/paths';
import { useCustomerOptions } from '@/features/customers';
import { showFlash } from '@/lib/flash-messages';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useExtraCustomers, useSaveExtraCustomers } from '../api/customer-user-permissions-api';

/** The extra customers of a customer user, chosen from the valid customers other than their own. */
export function ExtraCustomersEditor({
  customerUserId,
  primaryCustomerId,
}: {
  customerUserId: string;
  primaryCustomerId: string;
}) {
  const legendId = useId();
  const navigate = useNavigate();
  const customers = useCustomerOptions();
  const extra = useExtraCustomers(customerUserId);
  const save = useSaveExtraCustomers(customerUserId);
  const [chosen, setChosen] = useState<Set<string>>();
  const [message, setMessage] = useState('');
  const saved = new Set(extra.data?.customerIds ?? []);
  const dirty = chosen !== undefined && (chosen.size !== saved.size || [...chosen].some((id) => !saved.has(id)));
  useUnsavedChangesGuard(dirty && !save.isPending);
  useEffect(() => {
    if (extra.data && chosen === undefined) setChosen(new Set(extra.data.customerIds));
  }, [extra.data, chosen]);

  if (customers.isPending || extra.isPending || !chosen) return <LoadingState>Loading the customers…</LoadingState>;
  if (customers.isError) return <ErrorState title="The customers could not be loaded." error={customers.error} />;
  if (extra.isError) return <ErrorState title="The extra customers could not be loaded." error={extra.error} />;
  const finishHref = paths.customerUsers.edit.href({ customerUserId });

  async function submit(finish: boolean) {
    setMessage('');
    await save.mutateAsync([...(chosen ?? [])]);
    if (finish) {
      showFlash(finishHref, 'Changes saved.');
      navigate(finishHref);
    } else {
      setMessage('Changes saved.');
    }
  }

  return (
    <div>
      <p>
        The primary customer, <strong>{primaryCustomerId}</strong>, is set on the customer user’s data. Extra customers
        give the customer user the same access as their own customer’s users.
      </p>
      <CheckboxList aria-labelledby={legendId}>
        <legend id={legendId}>Extra customers</legend>
        {customers.data.items
          .filter((customer) => customer.customerId !== primaryCustomerId)
          .map((customer) => (
            <label key={customer.customerId}>
              <input
                type="checkbox"
                checked={chosen.has(customer.customerId)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(customer.customerId);
                  else next.delete(customer.customerId);
                  setChosen(next);
                }}
              />{' '}
              {customer.customerId} <Muted>{customer.name}</Muted>
            </label>
          ))}
      </CheckboxList>
      {save.isError && <ErrorMessage>{save.error.message}</ErrorMessage>}
      <FormActions
        saving={save.isPending}
        message={message}
        dirty={dirty}
        cancelHref={finishHref}
        onSave={(finish) => void submit(finish)}
      />
    </div>
  );
}
