import { useOutletContext } from 'react-router';
import type { CustomerUser } from '@/api/customer-user-schema';
import { ExtraCustomersEditor } from '../components/extra-customers-editor';
import { FeatureGate } from '../components/feature-gate';

/** The Customers tab of a customer user: extra customers beside their own. Shown inside the customer user's screen. */
export function CustomerUserCustomersRoute() {
  const { customerUser } = useOutletContext<{ customerUser: CustomerUser }>();
  return (
    <FeatureGate>
      <ExtraCustomersEditor customerUserId={customerUser.id} primaryCustomerId={customerUser.customerId} />
    </FeatureGate>
  );
}
