import type { CustomerUser } from '@/api/customer-user-schema';
import { formatDateTime, m } from '@/i18n';
import styles from './audit-line.module.css';

export function AuditLine({
  user,
}: {
  user: Pick<CustomerUser, 'createdAt' | 'createdBy' | 'changedAt' | 'changedBy'>;
}) {
  return (
    <p className={styles.line}>
      {m.customer_users_audit({
        createdAt: formatDateTime(user.createdAt),
        createdBy: user.createdBy,
        changedAt: formatDateTime(user.changedAt),
        changedBy: user.changedBy,
      })}
    </p>
  );
}
