import type { ReactNode } from 'react';
import { LoadingState } from '@/components/ui/query-states';
import { useGroupAccess } from '../api/group-access';

/** The assignment screens: for administrators only, and only with customer group support on. */
export function FeatureGate({ children }: { children: ReactNode }) {
  const access = useGroupAccess();
  if (access.isPending) return <LoadingState>Loading…</LoadingState>;
  if (!access.groupSupport) return <p className="notice">This feature is disabled!</p>;
  if (!access.isAdministrator) return <p className="notice">Only administrators can change group membership.</p>;
  return children;
}
