import { Link } from 'react-router';
import type { Group } from '@/api/group-schema';
import { dataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { m, validityLabel } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { useGroups } from '../api/groups-api';
import { GatedScreen } from '../components/feature-gate';

export function GroupsRoute() {
  const groups = useGroups();
  useDocumentTitle(m.permissions_groups());
  return (
    <GatedScreen heading={m.permissions_groups()}>
      {groups.isPending ? (
        <LoadingState>{m.permissions_groups_loading()}</LoadingState>
      ) : groups.isError ? (
        <ErrorState title={m.permissions_groups_failed()} error={groups.error} onRetry={() => groups.refetch()} />
      ) : (
        <TableScroll label={m.permissions_groups()}>
          <table className={dataTable.table}>
            <caption className="visually-hidden">{m.permissions_groups()}</caption>
            <thead>
              <tr>
                <th scope="col">{m.permissions_group()}</th>
                <th scope="col">{m.permissions_comment()}</th>
                <th scope="col">{m.permissions_validity()}</th>
                <th scope="col">{m.permissions_assign()}</th>
              </tr>
            </thead>
            <tbody>
              {groups.data.items.map((group) => (
                <tr key={group.id} className={group.validity === 'valid' ? undefined : 'is-invalid'}>
                  <th scope="row">{group.name}</th>
                  <td>{group.comment}</td>
                  <td>{validityLabel(group.validity)}</td>
                  <td>
                    {group.validity === 'valid' ? (
                      <AssignLinks group={group} />
                    ) : (
                      <span>{m.permissions_not_assignable()}</span>
                    )}
                  </td>
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
      <Link
        to={paths.groups.customerUsers.href({ groupId: group.id })}
        aria-label={m.permissions_customer_users_of_group({ group: group.name })}
      >
        {m.permissions_customer_users()}
      </Link>
      {' · '}
      <Link
        to={paths.groups.customers.href({ groupId: group.id })}
        aria-label={m.permissions_customers_of_group({ group: group.name })}
      >
        {m.permissions_customers()}
      </Link>
    </>
  );
}
