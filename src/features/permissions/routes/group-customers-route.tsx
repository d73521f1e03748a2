import { QueryStates } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useGroupAccess } from '../api/group-access';
import { useGroupCustomers, useSaveGroupCustomers } from '../api/group-permissions-api';
import { AssignmentEditor } from '../components/assignment-editor';
import { contextColumns } from '../lib/matrix-columns';
import { GroupScreen } from './group-screen';

/** A group's customers: which customer has which permission on it, per context. */
export function GroupCustomersRoute() {
  return (
    <GroupScreen heading={m.permissions_group_customers_heading}>
      {(groupId, locked) => <Customers groupId={groupId} locked={locked} />}
    </GroupScreen>
  );
}

function Customers({ groupId, locked }: { groupId: string; locked?: string }) {
  const access = useGroupAccess();
  const customers = useGroupCustomers(groupId);
  const save = useSaveGroupCustomers(groupId);
  return (
    <QueryStates
      query={customers}
      loading={m.permissions_customers_loading()}
      failed={m.permissions_customers_failed()}
    >
      {(data) => (
        <AssignmentEditor
          caption={m.permissions_group_customers_caption()}
          rowHeader={m.permissions_customer()}
          filterLabel={m.permissions_filter_customers()}
          columns={contextColumns(access.otherCustomersContext)}
          rows={data.items.map((row) => ({
            id: row.customerId,
            label: row.customerId,
            invalid: row.validity !== undefined && row.validity !== 'valid',
            locked,
            value: row,
          }))}
          finishHref={paths.groups.list.href()}
          onSave={save.mutateAsync}
        />
      )}
    </QueryStates>
  );
}
