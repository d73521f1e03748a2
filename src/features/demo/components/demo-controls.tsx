import { useState } from 'react';
import { useSession } from '@/features/permissions';
import { useActAsAdministrator, useResetDemo } from '../api/demo-api';

/** Mock mode only: put the demo data back, and act as a non-administrator to see what they see. */
export function DemoControls() {
  const session = useSession();
  // What the admin just chose, shown at once (before the answer arrives).
  const [asAdministrator, setAsAdministrator] = useState<boolean>();
  const reset = useResetDemo();
  const actAs = useActAsAdministrator();
  return (
    <div className="demo-controls">
      <span className="demo-controls__badge">Demo data</span>
      <label className="demo-controls__switch">
        <input
          type="checkbox"
          checked={asAdministrator ?? session.data?.isAdministrator ?? true}
          disabled={!session.data || actAs.isPending}
          onChange={(event) => {
            setAsAdministrator(event.target.checked);
            actAs.mutate(event.target.checked, { onSettled: () => setAsAdministrator(undefined) });
          }}
        />{' '}
        Act as administrator
      </label>
      <button type="button" className="button button--quiet" onClick={() => reset.mutate()} disabled={reset.isPending}>
        Reset demo data
      </button>
      <span role="status" className="visually-hidden">
        {reset.isSuccess ? 'Demo data reset.' : ''}
      </span>
    </div>
  );
}
