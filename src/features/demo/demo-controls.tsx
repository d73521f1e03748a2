import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/api-client';
import { sessionSchema } from '@/api/permission-schema';
import { sessionQueryOptions, useSession } from '@/api/session-query';

/** Mock mode only: put the demo data back, and act as a non-administrator to see what they see. */
export function DemoControls() {
  const queryClient = useQueryClient();
  const session = useSession();
  // What the admin just chose, shown at once (before the answer arrives).
  const [asAdministrator, setAsAdministrator] = useState<boolean>();
  const reset = useMutation({
    mutationFn: () => apiRequest('/demo/reset', { method: 'POST', schema: z.undefined() }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const actAs = useMutation({
    mutationFn: (isAdministrator: boolean) =>
      apiRequest('/demo/session', { method: 'POST', body: { isAdministrator }, schema: sessionSchema }),
    // The answer is the new session: shown at once, so the switch never flips back while the rest reloads.
    onSuccess: (newSession) => {
      queryClient.setQueryData(sessionQueryOptions.queryKey, newSession);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueryOptions.queryKey[0],
      });
    },
  });
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
