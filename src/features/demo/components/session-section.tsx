import { useId, useState } from 'react';
import { saveFailureOf } from '@/api/api-error';
import { Hint } from '@/components/ui/text';
import { useSession } from '@/features/permissions';
import { useSaveSettings, useSettings } from '@/features/settings';
import { m } from '@/i18n';
import { useActAsAdministrator } from '../api/demo-api';
import styles from './demo-panel.module.css';

/** Acting as an administrator or not (the session), and customer group support (a server setting). */
export function SessionSection({ onStatus }: { onStatus: (status: string) => void }) {
  const id = useId();
  const session = useSession();
  const settings = useSettings();
  const actAs = useActAsAdministrator();
  const saveSettings = useSaveSettings();
  // What the admin just chose, shown at once (before the answer arrives).
  const [asAdministrator, setAsAdministrator] = useState<boolean>();
  const [groupSupport, setGroupSupport] = useState<boolean>();
  const failed = (error: unknown) => onStatus(m.demo_not_changed({ reason: saveFailureOf(error).message }));
  const isAdministrator = session.data?.isAdministrator;

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.demo_session_and_settings()}</h3>
      <div className={styles.choice}>
        <label>
          <input
            type="checkbox"
            checked={asAdministrator ?? isAdministrator ?? true}
            // Not `disabled` while the change is under way: that would throw focus out of the dialog.
            disabled={!session.data}
            aria-disabled={actAs.isPending}
            aria-describedby={`${id}-administrator-hint`}
            onChange={(event) => {
              if (actAs.isPending) return;
              const next = event.target.checked;
              setAsAdministrator(next);
              actAs.mutate(next, {
                onSuccess: (now) =>
                  onStatus(now.isAdministrator ? m.demo_acting_as_administrator() : m.demo_acting_as_agent()),
                onError: failed,
                onSettled: () => setAsAdministrator(undefined),
              });
            }}
          />
          {m.demo_act_as_administrator()}
        </label>
        <Hint id={`${id}-administrator-hint`}>{m.demo_act_as_administrator_hint()}</Hint>
      </div>
      <div className={styles.choice}>
        <label>
          <input
            type="checkbox"
            checked={groupSupport ?? settings.data?.customerGroupSupport ?? false}
            disabled={!settings.data || !isAdministrator}
            aria-disabled={saveSettings.isPending}
            aria-describedby={`${id}-group-support-hint`}
            onChange={(event) => {
              if (!settings.data || saveSettings.isPending) return;
              const next = event.target.checked;
              setGroupSupport(next);
              saveSettings.mutate(
                { ...settings.data, customerGroupSupport: next },
                {
                  onSuccess: (now) =>
                    onStatus(now.customerGroupSupport ? m.demo_group_support_on() : m.demo_group_support_off()),
                  onError: failed,
                  onSettled: () => setGroupSupport(undefined),
                },
              );
            }}
          />
          {m.demo_group_support()}
        </label>
        <Hint id={`${id}-group-support-hint`}>
          {isAdministrator === false ? m.demo_group_support_administrators_only() : m.demo_group_support_hint()}
        </Hint>
      </div>
    </section>
  );
}
