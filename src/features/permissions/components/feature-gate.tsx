import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useGroupAccess } from '../api/group-access';

/** The assignment screens: for administrators only, and only with customer group support on. */
export function FeatureGate({ children }: { children: ReactNode }) {
  const access = useGroupAccess();
  if (access.isPending) return <LoadingState>{m.permissions_loading()}</LoadingState>;
  if (!access.groupSupport) {
    return (
      <Notice>
        {m.permissions_feature_disabled()}
        {access.isAdministrator && (
          <>
            {' '}
            <Link to={paths.settings.href()}>{m.permissions_turn_on_group_support()}</Link>
          </>
        )}
      </Notice>
    );
  }
  if (!access.isAdministrator) return <Notice>{m.permissions_administrators_only()}</Notice>;
  return children;
}

/** A screen of group membership: its heading for everyone, its content only behind the gate. */
export function GatedScreen({
  heading,
  before,
  children,
}: {
  heading: string;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {before}
      <h1>{heading}</h1>
      <FeatureGate>{children}</FeatureGate>
    </>
  );
}
