import { useOutletContext } from 'react-router';
import type { CustomerUser } from '@/api/customer-user-schema';
import { EffectivePermissions } from '@/features/permissions';
import { AuditLine } from '../components/audit-line';
import { CustomerUserForm } from '../components/customer-user-form';

/** The Data tab: the customer user's fields, and the permissions they result in. */
export function CustomerUserDataRoute() {
  const { customerUser } = useOutletContext<{ customerUser: CustomerUser }>();
  return (
    <>
      <AuditLine user={customerUser} />
      {/* Keyed by id: another user's screen starts from that user's saved data. */}
      <CustomerUserForm key={customerUser.id} mode="edit" user={customerUser} />
      <EffectivePermissions customerUserId={customerUser.id} />
    </>
  );
}
