import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { Hint, Muted, YesNo } from '@/components/ui/text';
import { UserText } from '@/components/ui/user-text';
import { m } from '@/i18n';
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
      <h2 id="effective-title">{m.permissions_effective_heading()}</h2>
      <Hint>{m.permissions_effective_hint()}</Hint>
      {effective.isPending ? (
        <LoadingState>{m.permissions_effective_loading()}</LoadingState>
      ) : effective.isError ? (
        <ErrorState
          title={m.permissions_effective_failed()}
          error={effective.error}
          onRetry={() => effective.refetch()}
        />
      ) : (
        <div className={styles.tables}>
          {effective.data.groups.length === 0 ? (
            <p>{m.permissions_no_group_permissions()}</p>
          ) : (
            <TableScroll label={m.permissions_group_permissions()}>
              <table className={cx(dataTable.table, styles.table)}>
                <caption>{m.permissions_group_permissions()}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.permissions_group()}</th>
                    <th scope="col">{'ro'}</th>
                    <th scope="col">{'rw'}</th>
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
            <p>{m.permissions_no_customer_access()}</p>
          ) : (
            <TableScroll label={m.permissions_customer_access()}>
              <table className={cx(dataTable.table, styles.table)}>
                <caption>{m.permissions_customer_access()}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.permissions_customer()}</th>
                    <th scope="col">{m.permissions_direct()}</th>
                    {access.otherCustomersContext && <th scope="col">{m.permissions_indirect()}</th>}
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
