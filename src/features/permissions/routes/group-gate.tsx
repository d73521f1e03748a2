import type { ReactNode } from 'react';
import type { Group } from '@/api/group-schema';
import { Notice } from '@/components/ui/notice';
import { m } from '@/i18n';
import { useGroupAccess } from '../api/group-access';
import { defaultGroupReason } from '../components/default-groups-notice';

/**
 * A group → … screen's content: an invalid group is not offered for assignment, and a default group's
 * rows are shown granted and disabled (`children` gets the reason, or undefined).
 */
export function GroupGate({
  group,
  children,
}: {
  group: Group | undefined;
  children: (locked: string | undefined) => ReactNode;
}) {
  const { alwaysGroups } = useGroupAccess();
  if (group && group.validity !== 'valid') {
    return <Notice>{m.permissions_group_invalid({ group: group.name })}</Notice>;
  }
  return children(group && alwaysGroups.includes(group.name) ? defaultGroupReason() : undefined);
}
