import { memo } from 'react';
import { type CustomerUser, fullName } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { paths } from '@/config/paths';

/**
 * The rows of one page. Memoized and free of router hooks, so a new search does not re-render the
 * page on screen while the next one loads; the table routes clicks on the username links.
 */
export const CustomerUserRows = memo(function CustomerUserRows({ users }: { users: CustomerUser[] }) {
  return users.map((user) => (
    <tr key={user.id} className={user.validity === 'valid' ? undefined : 'is-invalid'}>
      <td>
        <a href={paths.customerUsers.edit.href({ customerUserId: user.id })}>{user.login}</a>
      </td>
      <td>{fullName(user)}</td>
      <td>{user.email}</td>
      <td>{user.customerId}</td>
      <td className={dataTable.comment}>{user.comment}</td>
      <td>{user.validity}</td>
    </tr>
  ));
});
