import { useParams } from 'react-router';
import type { PermissionType } from '@/api/group-schema';
import { useGroups } from '@/api/groups-query';
import { useGroupAccess } from '@/api/session-query';
import { AssignmentEditor } from '@/components/permissions/assignment-editor';
import { FeatureGate } from '@/components/permissions/feature-gate';
import type { MatrixColumn } from '@/components/permissions/matrix-state';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useCustomerUser } from '../api/get-customer-user';
import { useCustomerUserGroups, useSaveCustomerUserGroups } from '../api/permissions';
import { CustomerUserTabs } from '../components/customer-user-tabs';
import { customerUserHref } from '../customer-user-href';

const columns: MatrixColumn[] = [
  { key: 'ro', type: 'ro' },
  { key: 'rw', type: 'rw', implies: 'ro' },
];

export function CustomerUserGroupsRoute() {
  const { customerUserId = '' } = useParams();
  const user = useCustomerUser(customerUserId);
  return (
    <>
      <h1>Groups of Customer User{user.data ? `: ${user.data.login}` : ''}</h1>
      <CustomerUserTabs customerUserId={customerUserId} />
      <FeatureGate>
        <GroupsEditor customerUserId={customerUserId} />
      </FeatureGate>
    </>
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

  const byGroup = new Map(memberships.data.items.map((row) => [row.groupId, row.permissions]));
  const valid = groups.data.items.filter((group) => group.validity === 'valid');
  const defaults = valid.filter((group) => access.alwaysGroups.includes(group.name));
  const rows = valid
    .filter((group) => !access.alwaysGroups.includes(group.name))
    .map((group) => ({ id: group.id, label: group.name, note: group.comment, cells: byGroup.get(group.id) ?? [] }));

  return (
    <AssignmentEditor
      caption="Group permissions of this customer user"
      rowHeader="Group"
      filterLabel="Filter groups"
      columns={columns}
      rows={rows}
      finishHref={customerUserHref(customerUserId)}
      before={
        defaults.length > 0 && (
          <section className="notice" aria-labelledby="default-groups">
            <h2 id="default-groups">Customer User Default Groups</h2>
            <p>
              Every customer user has all permissions on {defaults.map((group) => group.name).join(', ')}. They cannot
              be changed here.
            </p>
          </section>
        )
      }
      onSave={(changes) =>
        save.mutateAsync(
          changes.map((change) => ({ groupId: change.rowId, permissions: change.cells as PermissionType[] })),
        )
      }
    />
  );
}
