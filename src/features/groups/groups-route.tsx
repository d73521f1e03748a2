import { Link } from 'react-router';
import { useGroups } from '@/api/groups-query';
import { FeatureGate } from '@/components/permissions/feature-gate';
import { ErrorState, LoadingState } from '@/components/ui/query-states';

export function GroupsRoute() {
  const groups = useGroups();
  return (
    <main id="main-content" className="content content--alone" tabIndex={-1}>
      <h1>Groups</h1>
      <FeatureGate>
        {groups.isPending ? (
          <LoadingState>Loading the groups…</LoadingState>
        ) : groups.isError ? (
          <ErrorState title="The groups could not be loaded." error={groups.error} onRetry={() => groups.refetch()} />
        ) : (
          <table className="data-table">
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
                  <td>
                    <Link to={`/groups/${group.id}/customer-users`} aria-label={`Customer users of ${group.name}`}>
                      Customer users
                    </Link>{' '}
                    ·{' '}
                    <Link to={`/groups/${group.id}/customers`} aria-label={`Customers of ${group.name}`}>
                      Customers
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </FeatureGate>
    </main>
  );
}
