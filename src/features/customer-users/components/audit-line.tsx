import type { CustomerUser } from '@/api/customer-user-schema';
import styles from './audit-line.module.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AuditLine({
  user,
}: {
  user: Pick<CustomerUser, 'createdAt' | 'createdBy' | 'changedAt' | 'changedBy'>;
}) {
  return (
    <p className={styles.line}>
      Created {dateTime.format(new Date(user.createdAt))} by {user.createdBy} · Changed{' '}
      {dateTime.format(new Date(user.changedAt))} by {user.changedBy}
    </p>
  );
}
