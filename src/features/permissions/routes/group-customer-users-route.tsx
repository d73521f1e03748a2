import { useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Notice } from '@/components/ui/notice';
import { QueryStates } from '@/components/ui/query-states';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/document-title';
import { useGroupCustomerUsers, useSaveGroupCustomerUsers } from '../api/group-permissions-api';
import { useGroup } from '../api/groups-api';
import { AssignmentEditor } from '../components/assignment-editor';
import { GatedScreen } from '../components/feature-gate';
import { ownColumns } from '../lib/matrix-columns';
import styles from './group-customer-users-route.module.css';
import { GroupGate } from './group-gate';

/** A group's customer users: who has which permission on it, among the customer users a search finds. */
export function GroupCustomerUsersRoute() {
  const { groupId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('search') ?? '';
  const group = useGroup(groupId).data;
  const heading = `Customer users of group ${group?.name ?? groupId}`;
  useDocumentTitle(search && `Search: ${search}`, heading, 'Groups');
  return (
    <GatedScreen
      heading={heading}
      before={<Breadcrumb items={[{ label: 'Groups', href: paths.groups.list.href() }, { label: heading }]} />}
    >
      <div className={styles.search}>
        <SidebarSearch term={search} onSearch={(term) => setSearchParams(term ? { search: term } : {})} />
      </div>
      <GroupGate group={group}>
        {(locked) => <Members key={search} groupId={groupId} search={search} locked={locked} />}
      </GroupGate>
    </GatedScreen>
  );
}

function Members({ groupId, search, locked }: { groupId: string; search: string; locked?: string }) {
  const members = useGroupCustomerUsers(groupId, search);
  const save = useSaveGroupCustomerUsers(groupId);
  return (
    <QueryStates query={members} loading="Loading the customer users…" failed="The customer users could not be loaded.">
      {(data) => (
        <>
          {data.total > data.items.length && (
            <Notice compact>
              The first {data.items.length} of {data.total} customer users are shown; search to find others.
            </Notice>
          )}
          <AssignmentEditor
            caption="Permissions of customer users on this group"
            rowHeader="Customer user"
            filterLabel="Filter customer users"
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
