import { memo } from 'react';
import { type CustomerUser, fullName } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { EmailText } from '@/components/ui/email-text';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';
import { useLocale, validityLabel } from '@/i18n';

/**
 * The rows of one page. Memoized and free of router hooks, so a new search does not re-render the
 * page on screen while the next one loads; the table routes clicks on the username links.
 */
export const CustomerUserRows = memo(function CustomerUserRows({ users }: { users: CustomerUser[] }) {
  useLocale(); // memoized: the validities follow a change of language
  return users.map((user) => (
    <tr key={user.id} className={user.validity === 'valid' ? undefined : 'is-invalid'}>
      <td className={dataTable.sticky}>
        <a href={paths.customerUsers.edit.href({ customerUserId: user.id })}>
          <UserText>{user.login}</UserText>
        </a>
      </td>
      <td>
        <UserText>{fullName(user)}</UserText>
      </td>
      <td>
        <UserText>
          <EmailText email={user.email} />
        </UserText>
      </td>
      <td className={dataTable.identifier}>
        <UserText>{user.customerId}</UserText>
      </td>
      <td className={dataTable.comment}>
        <UserText>{user.comment}</UserText>
      </td>
      <td>{validityLabel(user.validity)}</td>
    </tr>
  ));
});
