import { useParams } from 'react-router';
import type { CustomerUserGroup } from '@/api/permission-schema';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useCustomerUserGroups, useSaveCustomerUserGroups } from '../api/customer-user-permissions-api';
import { useGroupAccess } from '../api/group-access';
import { useGroups } from '../api/groups-api';
import { AssignmentEditor, type AssignmentRow } from '../components/assignment-editor';
import { DefaultGroupsNotice } from '../components/default-groups-notice';
import { FeatureGate } from '../components/feature-gate';
import { ownColumns } from '../lib/matrix-columns';

/** The Groups tab of a customer user: their own permissions per group. */
export function CustomerUserGroupsRoute() {
  const { customerUserId = '' } = useParams();
  return (
    <FeatureGate>
      <GroupsEditor customerUserId={customerUserId} />
    </FeatureGate>
  );
}

function GroupsEditor({ customerUserId }: { customerUserId: string }) {
  const access = useGroupAccess();
  const groups = useGroups();
  const memberships = useCustomerUserGroups(customerUserId);
  const save = useSaveCustomerUserGroups(customerUserId);

  if (groups.isPending || memberships.isPending) return <LoadingState>Loading the groups…</LoadingState>;
  if (groups.isError) return <ErrorState title="The groups could not be loaded." error={groups.error} />;
  if (memberships.isError) {
    return <ErrorState title="The memberships could not be loaded." error={memberships.error} />;
  }

  const saved = new Map(memberships.data.items.map((row) => [row.groupId, row]));
  const valid = groups.data.items.filter((group) => group.validity === 'valid');
  const defaults = valid.filter((group) => access.alwaysGroups.includes(group.name));
  const rows: AssignmentRow<CustomerUserGroup>[] = valid
    .filter((group) => !access.alwaysGroups.includes(group.name))
    .map((group) => ({
      id: group.id,
      label: group.name,
      note: group.comment,
      value: saved.get(group.id) ?? { groupId: group.id, permissions: [] },
    }));

  return (
    <AssignmentEditor
      caption="Group permissions of this customer user"
      rowHeader="Group"
      filterLabel="Filter groups"
      columns={ownColumns}
      rows={rows}
      finishHref={paths.customerUsers.edit.href({ customerUserId })}
      before={<DefaultGroupsNotice groups={defaults} />}
      onSave={save.mutateAsync}
    />
  );
}
