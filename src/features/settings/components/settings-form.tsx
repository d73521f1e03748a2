import { useId, useState } from 'react';
import { listLimitRange, type Settings } from '@/api/settings-schema';
import { ErrorSummary } from '@/components/form/error-summary';
import { SaveStatus } from '@/components/form/form-actions';
import { FormField } from '@/components/form/form-field';
import { formClass } from '@/components/form/form-layout';
import { useFocusAfterSave } from '@/components/form/use-focus-after-save';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { CheckboxLine, CheckboxList } from '@/components/ui/checkbox-list';
import { cx } from '@/components/ui/class-names';
import { Notice } from '@/components/ui/notice';
import { useGroups } from '@/features/permissions';
import { formatNumber, m, validityLabel } from '@/i18n';
import { defaultGroupChoices } from '../lib/default-groups';
import { draftOf, type SettingsDraft, sameDraft, settingsLabel } from '../lib/settings-draft';
import styles from './settings-form.module.css';
import { useSettingsSave } from './use-settings-save';

/** The settings as a form; read-only for anyone but administrators. */
export function SettingsForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const groups = useGroups();
  const limitId = useId();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [shown, setShown] = useState(settings);
  // New settings from the server replace the form's values only while the admin has changed nothing.
  if (shown !== settings) {
    setShown(settings);
    if (sameDraft(draft, draftOf(shown))) setDraft(draftOf(settings));
  }
  const { saving, saved, summaryRef, summaryErrors, fieldErrors, failure, trySave, cancelSave } = useSettingsSave(
    (name) => (name === 'listLimit' ? limitId : undefined),
  );
  const { saveButton } = useFocusAfterSave(saving);
  const change = (next: Partial<SettingsDraft>) => setDraft({ ...draft, ...next });

  return (
    <form
      className={cx(formClass, styles.settings)}
      noValidate
      aria-busy={saving}
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) void trySave(draft);
      }}
    >
      {readOnly && <Notice>{m.settings_read_only()}</Notice>}
      <ErrorSummary
        ref={summaryRef}
        errors={summaryErrors}
        failure={failure === undefined ? undefined : { message: failure, onRetry: () => trySave(draft) }}
      />
      <fieldset disabled={readOnly || saving}>
        <legend className="visually-hidden">{m.settings_customer_groups()}</legend>
        <CheckboxLine>
          <input
            type="checkbox"
            checked={draft.customerGroupSupport}
            onChange={(event) => change({ customerGroupSupport: event.target.checked })}
          />{' '}
          {settingsLabel('customerGroupSupport')}
        </CheckboxLine>
        <CheckboxLine>
          <input
            type="checkbox"
            checked={draft.otherCustomersContext}
            onChange={(event) => change({ otherCustomersContext: event.target.checked })}
          />{' '}
          {settingsLabel('otherCustomersContext')}
        </CheckboxLine>
        <CheckboxList>
          <legend>{settingsLabel('alwaysGroups')}</legend>
          {defaultGroupChoices(groups.data?.items ?? [], draft.alwaysGroups).map((group) => (
            <label key={group.id}>
              <input
                type="checkbox"
                checked={draft.alwaysGroups.includes(group.name)}
                disabled={group.validity !== 'valid'}
                onChange={(event) =>
                  change({
                    alwaysGroups: event.target.checked
                      ? [...draft.alwaysGroups, group.name]
                      : draft.alwaysGroups.filter((name) => name !== group.name),
                  })
                }
              />{' '}
              {group.validity === 'valid' ? group.name : `${group.name} (${validityLabel(group.validity)})`}
            </label>
          ))}
        </CheckboxList>
        <FormField
          id={limitId}
          label={settingsLabel('listLimit')}
          hint={m.settings_list_limit_hint({
            min: formatNumber(listLimitRange.min),
            max: formatNumber(listLimitRange.max),
          })}
          error={fieldErrors.listLimit}
        >
          {(control) => (
            <input
              {...control}
              className={styles.limit}
              type="number"
              inputMode="numeric"
              min={listLimitRange.min}
              max={listLimitRange.max}
              step={1}
              value={draft.listLimit}
              onChange={(event) => change({ listLimit: event.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <ButtonRow>
        <button ref={saveButton} type="submit" className={buttonClass()} disabled={readOnly || saving}>
          {m.settings_save()}
        </button>
        {saving && (
          <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={cancelSave}>
            {m.settings_cancel_save()}
          </button>
        )}
        <SaveStatus>{saving ? m.settings_saving() : saved ? m.settings_saved() : ''}</SaveStatus>
      </ButtonRow>
    </form>
  );
}
