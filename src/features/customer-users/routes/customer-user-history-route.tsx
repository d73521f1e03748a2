import { useOutletContext } from 'react-router';
import type { CustomerUser } from '@/api/customer-user-schema';
import { CustomerUserHistory } from '../components/customer-user-history';

/** The History tab: every write to the customer user, newest first. */
export function CustomerUserHistoryRoute() {
  const { customerUser } = useOutletContext<{ customerUser: CustomerUser }>();
  return <CustomerUserHistory key={customerUser.id} customerUserId={customerUser.id} />;
}
