import { memo } from 'react';
import { type CustomerUser, fullName } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { EmailText } from '@/components/ui/email-text';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';
import { m, useLocale, validityLabel } from '@/i18n';
import styles from './validity-batch.module.css';

interface CustomerUserRowsProps {
  users: CustomerUser[];
  /** The ids of the selected rows. */
  selected: ReadonlySet<string>;
  /** Selects or unselects a row; stable, so a row re-renders only when its own selection changes. */
  onToggle: (user: CustomerUser, selected: boolean) => void;
  /** The path the app is served under (`''` at the host's root): the links are plain anchors, not the router's. */
  basePath: string;
}

/**
 * The rows of one page. Each row is memoized and free of router hooks, so a new search does not
 * re-render the page on screen while the next one loads, and a tick re-renders only its row; the
 * table routes clicks on the username links.
 */
export function CustomerUserRows({ users, selected, onToggle, basePath }: CustomerUserRowsProps) {
  return users.map((user) => (
    <CustomerUserRow
      key={user.id}
      user={user}
      selected={selected.has(user.id)}
      onToggle={onToggle}
      basePath={basePath}
    />
  ));
}

interface CustomerUserRowProps {
  user: CustomerUser;
  selected: boolean;
  onToggle: CustomerUserRowsProps['onToggle'];
  basePath: string;
}

const CustomerUserRow = memo(function CustomerUserRow({ user, selected, onToggle, basePath }: CustomerUserRowProps) {
  useLocale(); // memoized: the validities follow a change of language
  return (
    <tr className={user.validity === 'valid' ? undefined : 'is-invalid'}>
      <td className={dataTable.sticky}>
        <input
          type="checkbox"
          className={styles.rowCheckbox}
          aria-label={m.customer_users_select_row({ login: user.login })}
          checked={selected}
          onChange={(event) => onToggle(user, event.target.checked)}
        />
        <a href={`${basePath}${paths.customerUsers.edit.href({ customerUserId: user.id })}`}>
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
  );
});
