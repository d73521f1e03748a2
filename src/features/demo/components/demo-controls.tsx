import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { useSession } from '@/features/permissions';
import { m } from '@/i18n';
import { useActAsAdministrator, useResetDemo } from '../api/demo-api';
import styles from './demo-controls.module.css';

/** Mock mode only: put the demo data back, and act as a non-administrator to see what they see. */
export function DemoControls() {
  const session = useSession();
  // What the admin just chose, shown at once (before the answer arrives).
  const [asAdministrator, setAsAdministrator] = useState<boolean>();
  const reset = useResetDemo();
  const actAs = useActAsAdministrator();
  return (
    <div className={styles.controls}>
      <span className={styles.badge}>{m.demo_badge()}</span>
      <label className={styles.switch}>
        <input
          type="checkbox"
          checked={asAdministrator ?? session.data?.isAdministrator ?? true}
          disabled={!session.data || actAs.isPending}
          onChange={(event) => {
            setAsAdministrator(event.target.checked);
            actAs.mutate(event.target.checked, { onSettled: () => setAsAdministrator(undefined) });
          }}
        />{' '}
        {m.demo_act_as_administrator()}
      </label>
      <button
        type="button"
        className={buttonClass({ variant: 'quiet' })}
        onClick={() => reset.mutate()}
        disabled={reset.isPending}
      >
        {m.demo_reset()}
      </button>
      <span role="status" className="visually-hidden">
        {reset.isSuccess ? m.demo_reset_done() : ''}
      </span>
    </div>
  );
}
