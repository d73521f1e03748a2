import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { cancelWrites } from '@/api/api-client';
import { saveFailureOf } from '@/api/api-error';
import { FormActions } from '@/components/form/form-actions';
import { CheckboxList } from '@/components/ui/checkbox-list';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { Muted } from '@/components/ui/text';
import { paths } from '@/config/paths';
import { useCustomerOptions } from '@/features/customers';
import { m, richMessage } from '@/i18n';
import { showFlash } from '@/lib/flash-messages';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { CellConflict } from '../api/cell-save';
import { useExtraCustomers, useSaveExtraCustomers } from '../api/customer-user-permissions-api';
import { ChangedCellsAlert } from './changed-cells-alert';

type Choice = { read: Set<string>; chosen: Set<string> };

/** Stands in a message for the primary customer's ID, so the ID can be set in bold. */

/** One cell per customer whose tick differs from what was read. */
const changesOf = ({ read, chosen }: Choice) => [
  ...[...chosen].filter((id) => !read.has(id)).map((row) => ({ row, granted: true })),
  ...[...read].filter((id) => !chosen.has(id)).map((row) => ({ row, granted: false })),
];

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
  const [choice, setChoice] = useState<Choice>();
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<string[]>([]);
  const dirty = choice !== undefined && changesOf(choice).length > 0;
  useUnsavedChangesGuard(dirty);
  useEffect(() => {
    if (extra.data && choice === undefined) {
      const read = new Set(extra.data.customerIds);
      setChoice({ read, chosen: read });
    }
  }, [extra.data, choice]);

  if (customers.isPending || extra.isPending || !choice) {
    return <LoadingState>{m.permissions_customers_loading()}</LoadingState>;
  }
  if (customers.isError) {
    return (
      <ErrorState
        title={m.permissions_customers_failed()}
        error={customers.error}
        onRetry={() => customers.refetch()}
      />
    );
  }
  if (extra.isError) {
    return (
      <ErrorState title={m.permissions_extra_customers_failed()} error={extra.error} onRetry={() => extra.refetch()} />
    );
  }
  const finishHref = paths.customerUsers.edit.href({ customerUserId });

  const { chosen } = choice;
  async function submit(finish: boolean) {
    if (!choice) return;
    setMessage('');
    setConflict([]);
    try {
      await save.mutateAsync(changesOf(choice));
    } catch (cause) {
      if (cause instanceof CellConflict) rebaseOn(cause as CellConflict<{ row: string; granted: boolean }, string[]>);
      return;
    }
    setChoice({ read: chosen, chosen });
    if (finish) {
      showFlash(finishHref, m.permissions_changes_saved());
      navigate(finishHref);
    } else {
      setMessage(m.permissions_changes_saved());
    }
  }

  /** After a conflict: the server's customers become what was read; the admin's own changes are kept. */
  function rebaseOn(cause: CellConflict<{ row: string; granted: boolean }, string[]>) {
    if (!choice) return;
    const mine = changesOf(choice);
    const read = new Set(cause.current);
    const next = new Set(read);
    for (const cell of mine) {
      if (cell.granted) next.add(cell.row);
      else next.delete(cell.row);
    }
    setChoice({ read, chosen: next });
    setConflict(
      cause.changed.map((cell) =>
        cell.granted
          ? m.permissions_customer_added_by_other({ customerId: cell.row })
          : m.permissions_customer_removed_by_other({ customerId: cell.row }),
      ),
    );
  }

  return (
    <div>
      <p>
        {/* One sentence for the translator; the primary customer's ID is in bold where the language puts it. */}
        {richMessage(m.permissions_extra_customers_intro, { customerId: <strong>{primaryCustomerId}</strong> })}
      </p>
      <CheckboxList aria-labelledby={legendId}>
        <legend id={legendId}>{m.permissions_extra_customers()}</legend>
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
                  setChoice({ ...choice, chosen: next });
                }}
              />{' '}
              {customer.customerId} <Muted>{customer.name}</Muted>
            </label>
          ))}
      </CheckboxList>
      {save.isError && (
        <ChangedCellsAlert
          message={conflict.length > 0 ? save.error.message : saveFailureOf(save.error).message}
          changed={conflict}
        />
      )}
      <FormActions
        saving={save.isPending}
        message={message}
        dirty={dirty}
        cancelHref={finishHref}
        onSave={(finish) => void submit(finish)}
        onCancelSave={cancelWrites}
      />
    </div>
  );
}
