import { useEffect, useId, useState } from 'react';
import type { Settings } from '@/api/settings-schema';
import { SaveStatus } from '@/components/form/form-actions';
import { FormField } from '@/components/form/form-field';
import { formClass } from '@/components/form/form-layout';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { CheckboxLine, CheckboxList } from '@/components/ui/checkbox-list';
import { cx } from '@/components/ui/class-names';
import { Notice } from '@/components/ui/notice';
import { ErrorMessage } from '@/components/ui/query-states';
import { useGroups } from '@/features/permissions';
import { useSaveSettings } from '../api/settings-api';
import { defaultGroupChoices } from '../lib/default-groups';
import styles from './settings-form.module.css';

/** The settings as a form; read-only for anyone but administrators. */
export function SettingsForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const groups = useGroups();
  const limitId = useId();
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const save = useSaveSettings();

  return (
    <form
      className={cx(formClass, styles.settings)}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft);
      }}
    >
      {readOnly && <Notice>Only administrators can change the settings.</Notice>}
      <fieldset disabled={readOnly || save.isPending}>
        <legend className="visually-hidden">Customer groups</legend>
        <CheckboxLine>
          <input
            type="checkbox"
            checked={draft.customerGroupSupport}
            onChange={(event) => setDraft({ ...draft, customerGroupSupport: event.target.checked })}
          />{' '}
          Customer group support
        </CheckboxLine>
        <CheckboxLine>
          <input
            type="checkbox"
            checked={draft.otherCustomersContext}
            onChange={(event) => setDraft({ ...draft, otherCustomersContext: event.target.checked })}
          />{' '}
          Other Customers context
        </CheckboxLine>
        <CheckboxList>
          <legend>Customer User Default Groups</legend>
          {defaultGroupChoices(groups.data?.items ?? [], draft.alwaysGroups).map((group) => (
            <label key={group.id}>
              <input
                type="checkbox"
                checked={draft.alwaysGroups.includes(group.name)}
                disabled={group.validity !== 'valid'}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    alwaysGroups: event.target.checked
                      ? [...draft.alwaysGroups, group.name]
                      : draft.alwaysGroups.filter((name) => name !== group.name),
                  })
                }
              />{' '}
              {group.validity === 'valid' ? group.name : `${group.name} (${group.validity})`}
            </label>
          ))}
        </CheckboxList>
        <FormField id={limitId} label="List limit">
          {(control) => (
            <input
              {...control}
              className={styles.limit}
              type="number"
              min={1}
              value={draft.listLimit}
              onChange={(event) => setDraft({ ...draft, listLimit: Math.max(1, Number(event.target.value) || 1) })}
            />
          )}
        </FormField>
        <ButtonRow>
          <button type="submit" className={buttonClass()}>
            Save
          </button>
          <SaveStatus>{save.isPending ? 'Saving…' : save.isSuccess ? 'Settings saved.' : ''}</SaveStatus>
        </ButtonRow>
      </fieldset>
      {save.isError && <ErrorMessage>{save.error.message}</ErrorMessage>}
    </form>
  );
}
