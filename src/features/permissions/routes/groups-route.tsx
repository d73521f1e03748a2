import { Link } from 'react-router';
import type { Group } from '@/api/group-schema';
import { dataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/document-title';
import { useGroups } from '../api/groups-api';
import { GatedScreen } from '../components/feature-gate';

export function GroupsRoute() {
  const groups = useGroups();
  useDocumentTitle('Groups');
  return (
    <GatedScreen heading="Groups">
      {groups.isPending ? (
        <LoadingState>Loading the groups…</LoadingState>
      ) : groups.isError ? (
        <ErrorState title="The groups could not be loaded." error={groups.error} onRetry={() => groups.refetch()} />
      ) : (
        <TableScroll label="Groups">
          <table className={dataTable.table}>
            <caption className="visually-hidden">Groups</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Comment</th>
                <th scope="col">Validity</th>
                <th scope="col">Assign</th>
              </tr>
            </thead>
            <tbody>
              {groups.data.items.map((group) => (
                <tr key={group.id} className={group.validity === 'valid' ? undefined : 'is-invalid'}>
                  <th scope="row">{group.name}</th>
                  <td>{group.comment}</td>
                  <td>{group.validity}</td>
                  <td>{group.validity === 'valid' ? <AssignLinks group={group} /> : <span>Not assignable</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </GatedScreen>
  );
}

/** Where a valid group's customer users and customers are assigned. */
function AssignLinks({ group }: { group: Group }) {
  return (
    <>
      <Link to={paths.groups.customerUsers.href({ groupId: group.id })} aria-label={`Customer users of ${group.name}`}>
        Customer users
      </Link>{' '}
      ·{' '}
      <Link to={paths.groups.customers.href({ groupId: group.id })} aria-label={`Customers of ${group.name}`}>
        Customers
      </Link>
    </>
  );
}
