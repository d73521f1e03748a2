import { Link, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useCustomerUser } from '../api/get-customer-user';
import { AuditLine } from '../components/audit-line';
import { CustomerUserForm } from '../components/customer-user-form';
import { CustomerUserTabs } from '../components/customer-user-tabs';
import { EffectivePermissions } from '../components/effective-permissions';
import { rememberedListHref } from '../list-location';

export function CustomerUserRoute() {
  const { customerUserId = '' } = useParams();
  const user = useCustomerUser(customerUserId);

  return (
    <>
      <p className="breadcrumb">
        <Link to={rememberedListHref()}>Customer User Management</Link>
      </p>
      {user.isPending ? (
        <LoadingState>Loading the customer user…</LoadingState>
      ) : user.isError ? (
        isApiError(user.error, 'not-found') ? (
          <>
            <h1>Customer user not found</h1>
            <p>There is no customer user with this address. It may have been mistyped.</p>
          </>
        ) : (
          <ErrorState
            title="The customer user could not be loaded."
            error={user.error}
            onRetry={() => user.refetch()}
          />
        )
      ) : (
        <>
          <h1>Edit Customer User: {user.data.login}</h1>
          <CustomerUserTabs customerUserId={user.data.id} />
          <AuditLine user={user.data} />
          {/* Keyed by id: another user's screen starts from that user's saved data. */}
          <CustomerUserForm key={user.data.id} mode="edit" user={user.data} />
          <EffectivePermissions customerUserId={user.data.id} />
        </>
      )}
    </>
  );
}
