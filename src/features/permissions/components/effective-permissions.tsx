import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { Hint, Muted, YesNo } from '@/components/ui/text';
import { UserText } from '@/components/ui/user-text';
import { useEffectivePermissions } from '../api/customer-user-permissions-api';
import { useGroupAccess } from '../api/group-access';
import styles from './effective-permissions.module.css';

/** What the saved memberships give this customer user; hidden while customer group support is off. */
export function EffectivePermissions({ customerUserId }: { customerUserId: string }) {
  const access = useGroupAccess();
  const effective = useEffectivePermissions(customerUserId, access.groupSupport);
  if (access.isPending || !access.groupSupport) return null;

  return (
    <section className={styles.effective} aria-labelledby="effective-title">
      <h2 id="effective-title">Effective Permissions for Customer User</h2>
      <Hint>These show what is saved; changes not yet saved are not reflected.</Hint>
      {effective.isPending ? (
        <LoadingState>Loading the effective permissions…</LoadingState>
      ) : effective.isError ? (
        <ErrorState
          title="The effective permissions could not be loaded."
          error={effective.error}
          onRetry={() => effective.refetch()}
        />
      ) : (
        <div className={styles.tables}>
          {effective.data.groups.length === 0 ? (
            <p>This customer user has no group permissions.</p>
          ) : (
            <TableScroll label="Group Permissions">
              <table className={cx(dataTable.table, styles.table)}>
                <caption>Group Permissions</caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col">ro</th>
                    <th scope="col">rw</th>
                  </tr>
                </thead>
                <tbody>
                  {effective.data.groups.map((row) => (
                    <tr key={row.groupId}>
                      <th scope="row">
                        <UserText>{row.name}</UserText>
                      </th>
                      <td>
                        <YesNo value={row.ro} />
                      </td>
                      <td>
                        <YesNo value={row.rw} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {effective.data.customerAccess.length === 0 ? (
            <p>This customer user has no customer access.</p>
          ) : (
            <TableScroll label="Customer Access">
              <table className={cx(dataTable.table, styles.table)}>
                <caption>Customer Access</caption>
                <thead>
                  <tr>
                    <th scope="col">Customer</th>
                    <th scope="col">Direct</th>
                    {access.otherCustomersContext && <th scope="col">Indirect</th>}
                  </tr>
                </thead>
                <tbody>
                  {effective.data.customerAccess.map((row) => (
                    <tr key={row.customerId}>
                      <th scope="row">
                        <UserText>{row.customerId}</UserText>{' '}
                        <Muted>
                          <UserText>{row.name}</UserText>
                        </Muted>
                      </th>
                      <td>
                        <YesNo value={row.direct} />
                      </td>
                      {access.otherCustomersContext && (
                        <td>
                          <YesNo value={row.indirect} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      )}
    </section>
  );
}
