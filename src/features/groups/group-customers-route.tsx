import { useParams } from 'react-router';
import { useGroups } from '@/api/groups-query';
import { useGroupAccess } from '@/api/session-query';
import { AssignmentEditor } from '@/components/permissions/assignment-editor';
import { contextCells, contextColumns, contextSets } from '@/components/permissions/context-columns';
import { FeatureGate } from '@/components/permissions/feature-gate';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useGroupCustomers, useSaveGroupCustomers } from './group-queries';

export function GroupCustomersRoute() {
  const { groupId = '' } = useParams();
  const group = useGroups().data?.items.find((candidate) => candidate.id === groupId);
  return (
    <main id="main-content" className="content content--alone" tabIndex={-1}>
      <h1>Customers of group {group?.name ?? groupId}</h1>
      <FeatureGate>
        <Customers groupId={groupId} />
      </FeatureGate>
    </main>
  );
}

function Customers({ groupId }: { groupId: string }) {
  const access = useGroupAccess();
  const customers = useGroupCustomers(groupId);
  const save = useSaveGroupCustomers(groupId);
  if (customers.isPending) return <LoadingState>Loading the customers…</LoadingState>;
  if (customers.isError) return <ErrorState title="The customers could not be loaded." error={customers.error} />;
  const previous = new Map(customers.data.items.map((row) => [row.customerId, row]));
  return (
    <AssignmentEditor
      caption="Permissions of customers on this group"
      rowHeader="Customer"
      filterLabel="Filter customers"
      columns={contextColumns(access.otherCustomersContext)}
      rows={customers.data.items.map((row) => ({
        id: row.customerId,
        label: row.customerId,
        cells: contextCells(row),
      }))}
      finishHref="/groups"
      onSave={(changes) =>
        save.mutateAsync(
          changes.map((change) => ({
            customerId: change.rowId,
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
