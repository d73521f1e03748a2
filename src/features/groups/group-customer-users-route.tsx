import { useParams, useSearchParams } from 'react-router';
import { useGroups } from '@/api/groups-query';
import type { PermissionSet } from '@/api/permission-schema';
import { AssignmentEditor } from '@/components/permissions/assignment-editor';
import { FeatureGate } from '@/components/permissions/feature-gate';
import type { MatrixColumn } from '@/components/permissions/matrix-state';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { useGroupCustomerUsers, useSaveGroupCustomerUsers } from './group-queries';

const columns: MatrixColumn[] = [
  { key: 'ro', type: 'ro' },
  { key: 'rw', type: 'rw', implies: 'ro' },
];

export function GroupCustomerUsersRoute() {
  const { groupId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('search') ?? '';
  const group = useGroups().data?.items.find((candidate) => candidate.id === groupId);
  return (
    <main id="main-content" className="content content--alone" tabIndex={-1}>
      <h1>Customer users of group {group?.name ?? groupId}</h1>
      <FeatureGate>
        <div className="assignment__search">
          <SidebarSearch term={search} onSearch={(term) => setSearchParams(term ? { search: term } : {})} />
        </div>
        <Members key={search} groupId={groupId} search={search} />
      </FeatureGate>
    </main>
  );
}

function Members({ groupId, search }: { groupId: string; search: string }) {
  const members = useGroupCustomerUsers(groupId, search);
  const save = useSaveGroupCustomerUsers(groupId);
  if (members.isPending) return <LoadingState>Loading the customer users…</LoadingState>;
  if (members.isError) return <ErrorState title="The customer users could not be loaded." error={members.error} />;
  return (
    <>
      {members.data.total > members.data.items.length && (
        <p className="list__notice">
          The first {members.data.items.length} of {members.data.total} customer users are shown; search to find others.
        </p>
      )}
      <AssignmentEditor
        caption="Permissions of customer users on this group"
        rowHeader="Customer user"
        filterLabel="Filter customer users"
        columns={columns}
        rows={members.data.items.map((row) => ({
          id: row.customerUserId,
          label: row.login,
          note: row.name,
          cells: row.permissions,
        }))}
        finishHref="/groups"
        onSave={(changes) =>
          save.mutateAsync(
            changes.map((change) => ({ customerUserId: change.rowId, permissions: change.cells as PermissionSet })),
          )
        }
      />
    </>
  );
}
