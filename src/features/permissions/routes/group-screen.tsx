import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Group } from '@/api/group-schema';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Notice } from '@/components/ui/notice';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { useGroupAccess } from '../api/group-access';
import { useGroup } from '../api/groups-api';
import { defaultGroupReason } from '../components/default-groups-notice';
import { GatedScreen } from '../components/feature-gate';

interface GroupScreenProps {
  /** The screen's heading for the group's name ("Customer users of group: admin"). */
  heading: (inputs: { group: string }) => string;
  /** A more specific first part of the document title (the search on view), if any. */
  titleDetail?: string;
  /** What comes between the heading and the gate (a search). */
  toolbar?: ReactNode;
  children: (groupId: string, locked: string | undefined) => ReactNode;
}

/** The frame of a group → … screen: breadcrumb, heading and title by the group's name, the feature gate and the group gate. */
export function GroupScreen({ heading: headingOf, titleDetail, toolbar, children }: GroupScreenProps) {
  const { groupId = '' } = useParams();
  const group = useGroup(groupId).data;
  const heading = headingOf({ group: group?.name ?? groupId });
  useDocumentTitle(titleDetail, heading, m.permissions_groups());
  return (
    <GatedScreen
      heading={heading}
      before={
        <Breadcrumb items={[{ label: m.permissions_groups(), href: paths.groups.list.href() }, { label: heading }]} />
      }
    >
      {toolbar}
      <GroupGate group={group}>{(locked) => children(groupId, locked)}</GroupGate>
    </GatedScreen>
  );
}

/**
 * A group → … screen's content: an invalid group is not offered for assignment, and a default group's
 * rows are shown granted and disabled (`children` gets the reason, or undefined).
 */
function GroupGate({
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
