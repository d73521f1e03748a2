import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/api-client';

/** Mock mode only: puts the demo data back as seeded. */
export function DemoControls() {
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => apiRequest('/demo/reset', { method: 'POST', schema: z.undefined() }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <div className="demo-controls">
      <span className="demo-controls__badge">Demo data</span>
      <button type="button" className="button button--quiet" onClick={() => reset.mutate()} disabled={reset.isPending}>
        Reset demo data
      </button>
      <span role="status" className="visually-hidden">
        {reset.isSuccess ? 'Demo data reset.' : ''}
      </span>
    </div>
  );
}
