import { useId, useRef, useState } from 'react';
import { saveFailureOf } from '@/api/api-error';
import { type DemoDataSet, maxDemoGroups, maxDemoUsers } from '@/api/demo-schema';
import { FormField } from '@/components/form/form-field';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Hint } from '@/components/ui/text';
import { formatNumber, m } from '@/i18n';
import { useResetDemo } from '../api/demo-api';
import {
  type DataSetDraft,
  type DataSetKind,
  dataSetKinds,
  dataSetOf,
  describeDataSet,
  draftOf,
} from '../lib/data-set';
import styles from './demo-panel.module.css';

const kindNames: Record<DataSetKind, { name: () => string; hint: () => string }> = {
  demo: { name: m.demo_data_set_demo, hint: m.demo_data_set_demo_hint },
  empty: { name: m.demo_data_set_empty, hint: m.demo_data_set_empty_hint },
  generated: { name: m.demo_data_set_generated, hint: m.demo_data_set_generated_hint },
};

const max = { customerUsers: maxDemoUsers, groups: maxDemoGroups };

/**
 * The data set: the demo data, an empty installation, or N generated customer users, each with N extra groups
 * but the empty one. Applying one replaces every record, so it asks first ("Reset demo data" for the demo data).
 */
export function DataSetSection({ inUse, onStatus }: { inUse: DemoDataSet; onStatus: (status: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<DataSetDraft>(() => draftOf(inUse));
  // The form follows the data set in use when it changes (applied here, or by a reset elsewhere).
  const [shown, setShown] = useState(inUse);
  if (shown !== inUse && JSON.stringify(shown) !== JSON.stringify(inUse)) {
    setShown(inUse);
    setDraft(draftOf(inUse));
  }
  const [invalid, setInvalid] = useState<readonly string[]>([]);
  const [asked, setAsked] = useState<DemoDataSet>();
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const apply = useRef<HTMLButtonElement>(null);
  const reset = useResetDemo();
  const isReset = draft.kind === 'demo';

  const change = (next: Partial<DataSetDraft>) => setDraft((current) => ({ ...current, ...next }));

  function ask() {
    if (reset.isPending) return;
    const chosen = dataSetOf(draft, max);
    if (!chosen.ok) {
      setInvalid(chosen.invalid);
      document.getElementById(`${id}-${chosen.invalid[0]}`)?.focus();
      return;
    }
    setInvalid([]);
    setAsked(chosen.dataSet);
    confirmDialog.current?.showModal();
    cancel.current?.focus();
  }

  function replace() {
    if (!asked) return;
    onStatus(m.demo_replacing());
    reset.mutate(asked, {
      onSuccess: (state) =>
        onStatus(
          state.dataSet.kind === 'demo' && !state.dataSet.groups
            ? m.demo_reset_done()
            : m.demo_applied({ dataSet: describeDataSet(state.dataSet) }),
        ),
      onError: (error) => onStatus(m.demo_not_changed({ reason: saveFailureOf(error).message })),
    });
  }

  const countError = (field: 'customerUsers' | 'groups') =>
    invalid.includes(field) ? m.demo_count_invalid({ max: formatNumber(max[field]) }) : undefined;

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.demo_data_set()}</h3>
      <p className={styles.inUse}>{m.demo_data_set_in_use({ dataSet: describeDataSet(inUse) })}</p>
      <fieldset className={styles.choices}>
        <legend className="visually-hidden">{m.demo_data_set()}</legend>
        {dataSetKinds.map((kind) => (
          <div key={kind} className={styles.choice}>
            <label>
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
                aria-describedby={`${id}-${kind}-hint`}
              />
              {kindNames[kind].name()}
            </label>
            <Hint id={`${id}-${kind}-hint`}>{kindNames[kind].hint()}</Hint>
          </div>
        ))}
      </fieldset>
      <div className={styles.numbers}>
        {draft.kind === 'generated' && (
          <CountField
            id={`${id}-customerUsers`}
            label={m.demo_users_count()}
            max={max.customerUsers}
            value={draft.customerUsers}
            error={countError('customerUsers')}
            onChange={(value) => change({ customerUsers: value })}
          />
        )}
        {draft.kind !== 'empty' && (
          <CountField
            id={`${id}-groups`}
            label={m.demo_groups_count()}
            max={max.groups}
            value={draft.groups}
            error={countError('groups')}
            onChange={(value) => change({ groups: value })}
          />
        )}
      </div>
      <ButtonRow>
        <button
          ref={apply}
          type="button"
          className={buttonClass({ variant: 'secondary' })}
          aria-disabled={reset.isPending}
          onClick={ask}
        >
          {isReset ? m.demo_reset() : m.demo_apply()}
        </button>
      </ButtonRow>
      <ConfirmDialog
        dialogRef={confirmDialog}
        cancelRef={cancel}
        title={asked?.kind === 'demo' ? m.demo_confirm_reset_title() : m.demo_confirm_apply_title()}
        text={m.demo_confirm_text({ dataSet: asked ? describeDataSet(asked) : '' })}
        confirmLabel={m.demo_confirm()}
        onConfirm={replace}
        onClose={() => apply.current?.focus()}
      />
    </section>
  );
}

interface CountFieldProps {
  id: string;
  label: string;
  max: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A whole number from 0 to `max`, kept as typed until the data set is applied. */
function CountField({ id, label, max, value, error, onChange }: CountFieldProps) {
  return (
    <FormField id={id} label={label} hint={m.demo_count_hint({ max: formatNumber(max) })} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
