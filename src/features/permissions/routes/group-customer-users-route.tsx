import { useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { QueryStates } from '@/components/ui/query-states';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { paths } from '@/config/paths';
import { formatNumber, m } from '@/i18n';
import { useGroupCustomerUsers, useSaveGroupCustomerUsers } from '../api/group-permissions-api';
import { AssignmentEditor } from '../components/assignment-editor';
import { ownColumns } from '../lib/matrix-columns';
import styles from './group-customer-users-route.module.css';
import { GroupScreen } from './group-screen';

/** A group's customer users: who has which permission on it, among the customer users a search finds. */
export function GroupCustomerUsersRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('search') ?? '';
  return (
    <GroupScreen
      heading={m.permissions_group_customer_users_heading}
      titleDetail={search && m.permissions_search_title({ search })}
      toolbar={
        <div className={styles.search}>
          <SidebarSearch term={search} onSearch={(term) => setSearchParams(term ? { search: term } : {})} />
        </div>
      }
    >
      {(groupId, locked) => <Members key={search} groupId={groupId} search={search} locked={locked} />}
    </GroupScreen>
  );
}

function Members({ groupId, search, locked }: { groupId: string; search: string; locked?: string }) {
  const members = useGroupCustomerUsers(groupId, search);
  const save = useSaveGroupCustomerUsers(groupId);
  return (
    <QueryStates
      query={members}
      loading={m.permissions_customer_users_loading()}
      failed={m.permissions_customer_users_failed()}
    >
      {(data) => (
        <>
          {data.total > data.items.length && (
            <Notice compact>
              {m.permissions_first_customer_users_shown({
                shown: formatNumber(data.items.length),
                total: formatNumber(data.total),
              })}
            </Notice>
          )}
          <AssignmentEditor
            caption={m.permissions_group_customer_users_caption()}
            rowHeader={m.permissions_customer_user()}
            filterLabel={m.permissions_filter_customer_users()}
            columns={ownColumns}
            rows={data.items.map((row) => ({
              id: row.customerUserId,
              label: row.login,
              note: row.name,
              invalid: row.validity !== undefined && row.validity !== 'valid',
              locked,
              value: row,
            }))}
            finishHref={paths.groups.list.href()}
            onSave={save.mutateAsync}
          />
        </>
      )}
    </QueryStates>
  );
}
