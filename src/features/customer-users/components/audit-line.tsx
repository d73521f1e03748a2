import type { CustomerUser } from '@/api/customer-user-schema';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AuditLine({
  user,
}: {
  user: Pick<CustomerUser, 'createdAt' | 'createdBy' | 'changedAt' | 'changedBy'>;
}) {
  return (
    <p className="audit-line">
      Created {dateTime.format(new Date(user.createdAt))} by {user.createdBy} · Changed{' '}
      {dateTime.format(new Date(user.changedAt))} by {user.changedBy}
    </p>
  );
}
