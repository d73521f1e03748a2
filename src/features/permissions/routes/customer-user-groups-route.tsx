import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useCustomerUserGroups, useSaveCustomerUserGroups } from '../api/customer-user-permissions-api';
import { useGroupAccess } from '../api/group-access';
import { DefaultGroupsNotice } from '../components/default-groups-notice';
import { FeatureGate } from '../components/feature-gate';
import { GroupMatrixEditor } from '../components/group-matrix-editor';
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
  const { alwaysGroups } = useGroupAccess();
  const save = useSaveCustomerUserGroups(customerUserId);
  return (
    <GroupMatrixEditor
      caption={m.permissions_customer_user_groups_caption()}
      columns={ownColumns}
      memberships={useCustomerUserGroups(customerUserId)}
      emptyRow={(groupId) => ({ groupId, permissions: [] })}
      apart={(group) => alwaysGroups.includes(group.name)}
      before={(defaults) => <DefaultGroupsNotice groups={defaults} />}
      finishHref={paths.customerUsers.edit.href({ customerUserId })}
      onSave={save.mutateAsync}
    />
  );
}
