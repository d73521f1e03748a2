import { Link, useParams } from 'react-router';
import type { CustomerGroup } from '@/api/permission-schema';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useCustomerGroups, useSaveCustomerGroups } from '../api/customer-permissions-api';
import { useGroupAccess } from '../api/group-access';
import { useGroups } from '../api/groups-api';
import { AssignmentEditor, type AssignmentRow } from '../components/assignment-editor';
import { FeatureGate } from '../components/feature-gate';
import { contextColumns } from '../lib/matrix-columns';

/** A customer's groups, per context: what every customer user of that customer is given. */
export function CustomerGroupsRoute() {
  const { customerId = '' } = useParams();
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.customers.edit.href({ customerId })}>Customer {customerId}</Link>
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
  const groups = useGroups();
  const memberships = useCustomerGroups(customerId);
  const save = useSaveCustomerGroups(customerId);

  if (groups.isPending || memberships.isPending) return <LoadingState>Loading the groups…</LoadingState>;
  if (groups.isError) return <ErrorState title="The groups could not be loaded." error={groups.error} />;
  if (memberships.isError) return <ErrorState title="The groups could not be loaded." error={memberships.error} />;

  const saved = new Map(memberships.data.items.map((row) => [row.groupId, row]));
  const rows: AssignmentRow<CustomerGroup>[] = groups.data.items
    .filter((group) => group.validity === 'valid')
    .map((group) => ({
      id: group.id,
      label: group.name,
      note: group.comment,
      value: saved.get(group.id) ?? { groupId: group.id, same: [], other: [] },
    }));

  return (
    <AssignmentEditor
      caption="Group permissions of this customer"
      rowHeader="Group"
      filterLabel="Filter groups"
      columns={contextColumns(access.otherCustomersContext)}
      rows={rows}
      finishHref={paths.customers.edit.href({ customerId })}
      onSave={save.mutateAsync}
    />
  );
}
