import { useSettings } from '@/features/settings';
import { useSession } from './session-api';

/** Group membership is for administrators, and only while customer group support is on. */
export function useGroupAccess() {
  const session = useSession();
  const settings = useSettings();
  const isAdministrator = session.data?.isAdministrator ?? false;
  const groupSupport = settings.data?.customerGroupSupport ?? false;
  return {
    isPending: session.isPending || settings.isPending,
    isAdministrator,
    groupSupport,
    canManage: isAdministrator && groupSupport,
    otherCustomersContext: settings.data?.otherCustomersContext ?? false,
    alwaysGroups: settings.data?.alwaysGroups ?? [],
  };
}
