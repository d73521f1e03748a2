import { useEffect, useId, useRef, useState } from 'react';
import { saveFailureOf } from '@/api/api-error';
import { type Validity, validities } from '@/api/common-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import type { ValidityResult, ValidityResultStatus } from '@/api/validity-batch-schema';
import { buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ValidityOptions } from '@/components/ui/validity-options';
import { m, validityLabel } from '@/i18n';
import { useSetCustomerUserValidities } from '../api/customer-user-mutations';
import styles from './validity-batch.module.css';

type Outcome =
  | { kind: 'done'; results: ValidityResult[]; logins: ReadonlyMap<string, string> }
  | { kind: 'failed'; error: unknown };

interface ValidityBatchProps {
  /** The selected customer users, as they were when ticked. */
  selected: ReadonlyMap<string, CustomerUser>;
  /** Clears the selection (after the batch was answered). */
  onClear: () => void;
}

/**
 * With rows selected: "N selected", the validity to set and Apply, which asks first in a modal dialog.
 * Its status line says how the batch went: how many were updated, and by username which were changed
 * by someone else meanwhile (not overwritten), no longer exist, or were refused.
 */
export function ValidityBatch({ selected, onClear }: ValidityBatchProps) {
  const selectId = useId();
  const [validity, setValidity] = useState<Validity>('invalid');
  const [asked, setAsked] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();
  const dialog = useRef<HTMLDialogElement>(null);
  const apply = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const mutation = useSetCustomerUserValidities();
  const count = selected.size;

  // Once the answer cleared the selection, the bar's Apply is gone: focus goes to what it says.
  useEffect(() => {
    if (outcome && (document.activeElement === document.body || document.activeElement === null)) {
      status.current?.focus();
    }
  }, [outcome]);

  function ask() {
    if (mutation.isPending || count === 0) return;
    setAsked(count);
    dialog.current?.showModal();
    cancel.current?.focus();
  }

  function confirm() {
    const users = [...selected.values()];
    setOutcome(undefined);
    mutation.mutate(
      users.map((user) => ({ id: user.id, version: user.version, validity })),
      {
        onSuccess: ({ results }) => {
          setOutcome({ kind: 'done', results, logins: new Map(users.map((user) => [user.id, user.login])) });
          onClear();
        },
        onError: (error) => setOutcome({ kind: 'failed', error }),
      },
    );
  }

  return (
    <>
      {count > 0 && (
        <section className={styles.bar} aria-label={m.customer_users_batch_label()}>
          <p className={styles.count}>{m.customer_users_batch_selected({ count })}</p>
          <div className={styles.field}>
            <label htmlFor={selectId}>{m.customer_users_batch_validity()}</label>
            <select
              id={selectId}
              className={styles.select}
              value={validity}
              onChange={(event) => {
                const chosen = validities.find((value) => value === event.target.value);
                if (chosen) setValidity(chosen);
              }}
            >
              <ValidityOptions options={validities} />
            </select>
          </div>
          <button ref={apply} type="button" className={buttonClass()} onClick={ask} aria-disabled={mutation.isPending}>
            {m.customer_users_batch_apply()}
          </button>
        </section>
      )}
      <p ref={status} role="status" tabIndex={-1} className={styles.status}>
        {mutation.isPending ? m.customer_users_batch_applying() : outcome ? outcomeText(outcome) : ''}
      </p>
      <ConfirmDialog
        dialogRef={dialog}
        cancelRef={cancel}
        title={m.customer_users_batch_confirm_title({ count: asked })}
        text={m.customer_users_batch_confirm_text({ validity: validityLabel(validity) })}
        confirmLabel={m.customer_users_batch_apply()}
        onConfirm={confirm}
        onClose={() => apply.current?.focus()}
      />
    </>
  );
}

/** How the batch went, in the language on view. */
function outcomeText(outcome: Outcome): string {
  if (outcome.kind === 'failed') return saveFailureOf(outcome.error).message;
  const by = (status: ValidityResultStatus) => outcome.results.filter((result) => result.status === status);
  const names = (results: ValidityResult[]) =>
    results.map((result) => outcome.logins.get(result.id) ?? result.id).join(', ');
  const updated = by('updated').length;
  const conflicts = by('conflict');
  const missing = by('not-found');
  const refused = by('invalid');
  return [
    (updated > 0 || outcome.results.length === 0 || conflicts.length + missing.length + refused.length === 0) &&
      m.customer_users_batch_updated({ count: updated }),
    conflicts.length > 0 && m.customer_users_batch_conflict({ count: conflicts.length, names: names(conflicts) }),
    missing.length > 0 && m.customer_users_batch_not_found({ count: missing.length, names: names(missing) }),
    refused.length > 0 && m.customer_users_batch_invalid({ count: refused.length, names: names(refused) }),
  ]
    .filter((part) => typeof part === 'string')
    .join(' ');
}
