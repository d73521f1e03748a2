import { useEffect, useId, useState } from 'react';
import type { Settings } from '@/api/settings-schema';
import { useGroups } from '@/features/permissions';
import { useSaveSettings } from '../api/settings-api';

/** The settings as a form; read-only for anyone but administrators. */
export function SettingsForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const groups = useGroups();
  const limitId = useId();
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const save = useSaveSettings();

  return (
    <form
      className="form settings"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft);
      }}
    >
      {readOnly && <p className="notice">Only administrators can change the settings.</p>}
      <fieldset disabled={readOnly || save.isPending}>
        <legend className="visually-hidden">Customer groups</legend>
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={draft.customerGroupSupport}
            onChange={(event) => setDraft({ ...draft, customerGroupSupport: event.target.checked })}
          />{' '}
          Customer group support
        </label>
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={draft.otherCustomersContext}
            onChange={(event) => setDraft({ ...draft, otherCustomersContext: event.target.checked })}
          />{' '}
          Other Customers context
        </label>
        <fieldset className="checkbox-list">
          <legend>Customer User Default Groups</legend>
          {(groups.data?.items ?? []).map((group) => (
            <label key={group.id}>
              <input
                type="checkbox"
                checked={draft.alwaysGroups.includes(group.name)}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    alwaysGroups: event.target.checked
                      ? [...draft.alwaysGroups, group.name]
                      : draft.alwaysGroups.filter((name) => name !== group.name),
                  })
                }
              />{' '}
              {group.name}
            </label>
          ))}
        </fieldset>
        <div className="form-field">
          <label className="form-field__label" htmlFor={limitId}>
            List limit
          </label>
          <input
            id={limitId}
            type="number"
            min={1}
            value={draft.listLimit}
            onChange={(event) => setDraft({ ...draft, listLimit: Math.max(1, Number(event.target.value) || 1) })}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            Save
          </button>
          <span role="status" className="form__saved">
            {save.isPending ? 'Saving…' : save.isSuccess ? 'Settings saved.' : ''}
          </span>
        </div>
      </fieldset>
      {save.isError && (
        <p role="alert" className="state state--error">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
