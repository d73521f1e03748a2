import { useParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { useListHref } from '@/lib/list-location';
import { useCustomerGroups, useSaveCustomerGroups } from '../api/customer-permissions-api';
import { useGroupAccess } from '../api/group-access';
import { defaultGroupReason } from '../components/default-groups-notice';
import { GatedScreen } from '../components/feature-gate';
import { GroupMatrixEditor } from '../components/group-matrix-editor';
import { contextColumns } from '../lib/matrix-columns';

/** A customer's groups, per context: what every customer user of that customer is given. */
export function CustomerGroupsRoute() {
  const { customerId = '' } = useParams();
  const listHref = useListHref(paths.customers.list.href());
  useDocumentTitle(customerId, m.permissions_groups_of_customer());
  return (
    <GatedScreen
      heading={m.permissions_groups_of_customer_heading({ customerId })}
      before={
        <Breadcrumb
          items={[
            { label: m.permissions_customer_management(), href: listHref },
            { label: m.permissions_customer_crumb({ customerId }), href: paths.customers.edit.href({ customerId }) },
            { label: m.permissions_groups_of_customer() },
          ]}
        />
      }
    >
      <Groups customerId={customerId} />
    </GatedScreen>
  );
}

function Groups({ customerId }: { customerId: string }) {
  const access = useGroupAccess();
  const save = useSaveCustomerGroups(customerId);
  return (
    <GroupMatrixEditor
      caption={m.permissions_customer_groups_caption()}
      columns={contextColumns(access.otherCustomersContext)}
      memberships={useCustomerGroups(customerId)}
      emptyRow={(groupId) => ({ groupId, same: [], other: [] })}
      locked={(group) => (access.alwaysGroups.includes(group.name) ? defaultGroupReason() : undefined)}
      finishHref={paths.customers.edit.href({ customerId })}
      onSave={save.mutateAsync}
    />
  );
}
