import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/api-client';
import { sessionSchema } from '@/api/permission-schema';
import { useSession } from '@/api/session-query';

/** Mock mode only: put the demo data back, and act as a non-administrator to see what they see. */
export function DemoControls() {
  const queryClient = useQueryClient();
  const session = useSession();
  const reset = useMutation({
    mutationFn: () => apiRequest('/demo/reset', { method: 'POST', schema: z.undefined() }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const actAs = useMutation({
    mutationFn: (isAdministrator: boolean) =>
      apiRequest('/demo/session', { method: 'POST', body: { isAdministrator }, schema: sessionSchema }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <div className="demo-controls">
      <span className="demo-controls__badge">Demo data</span>
      <label className="demo-controls__switch">
        <input
          type="checkbox"
          checked={actAs.isPending ? actAs.variables : (session.data?.isAdministrator ?? true)}
          disabled={!session.data || actAs.isPending}
          onChange={(event) => actAs.mutate(event.target.checked)}
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
