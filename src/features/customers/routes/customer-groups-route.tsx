import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { apiRequest } from '@/api/api-client';
import { useGroups } from '@/api/groups-query';
import { permissionKeys } from '@/api/permission-keys';
import { customerGroupsSchema, type PermissionSet } from '@/api/permission-schema';
import { useGroupAccess } from '@/api/session-query';
import { AssignmentEditor } from '@/components/permissions/assignment-editor';
import { contextCells, contextColumns, contextSets } from '@/components/permissions/context-columns';
import { FeatureGate } from '@/components/permissions/feature-gate';
import { ErrorState, LoadingState } from '@/components/ui/query-states';

const groupsPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/groups`;

export function CustomerGroupsRoute() {
  const { customerId = '' } = useParams();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/customers/${encodeURIComponent(customerId)}`}>Customer {customerId}</Link>
      </p>
      <h1>Groups of Customer: {customerId}</h1>
      <FeatureGate>
        <Groups customerId={customerId} />
      </FeatureGate>
    </>
  );
}

function Groups({ customerId }: { customerId: string }) {
  const access = useGroupAccess();
  const queryClient = useQueryClient();
  const groups = useGroups();
  const memberships = useQuery({
    queryKey: permissionKeys.customerGroups(customerId),
    queryFn: ({ signal }) => apiRequest(groupsPath(customerId), { schema: customerGroupsSchema, signal }),
  });
  const save = useMutation({
    mutationFn: (items: { groupId: string; same: PermissionSet; other: PermissionSet }[]) =>
      apiRequest(groupsPath(customerId), { method: 'PUT', body: { items }, schema: customerGroupsSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }),
  });

  if (groups.isPending || memberships.isPending) return <LoadingState>Loading the groups…</LoadingState>;
  if (groups.isError) return <ErrorState title="The groups could not be loaded." error={groups.error} />;
  if (memberships.isError) return <ErrorState title="The groups could not be loaded." error={memberships.error} />;

  const previous = new Map(memberships.data.items.map((row) => [row.groupId, row]));
  const rows = groups.data.items
    .filter((group) => group.validity === 'valid')
    .map((group) => ({
      id: group.id,
      label: group.name,
      note: group.comment,
      cells: contextCells(previous.get(group.id) ?? { same: [], other: [] }),
    }));

  return (
    <AssignmentEditor
      caption="Group permissions of this customer"
      rowHeader="Group"
      filterLabel="Filter groups"
      columns={contextColumns(access.otherCustomersContext)}
      rows={rows}
      finishHref={`/customers/${encodeURIComponent(customerId)}`}
      onSave={(changes) =>
        save.mutateAsync(
          changes.map((change) => ({
            groupId: change.rowId,
            ...contextSets(
              change.cells,
              previous.get(change.rowId) ?? { same: [], other: [] },
              access.otherCustomersContext,
            ),
          })),
        )
      }
    />
  );
}
