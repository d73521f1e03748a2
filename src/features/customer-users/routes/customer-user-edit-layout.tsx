import { Outlet, useMatch, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/document-title';
import { useCustomerUser } from '../api/customer-users-api';
import { CustomerUserTabs } from '../components/customer-user-tabs';
import { useCustomerUserListHref } from '../lib/list-search-params';

/** The frame of a customer user's tabs (Data, Groups, Customers): the way back, the heading, the tabs. */
export function CustomerUserEditLayout() {
  const { customerUserId = '' } = useParams();
  const listHref = useCustomerUserListHref();
  const user = useCustomerUser(customerUserId);
  const heading = useTabHeading();
  const notFound = user.isError && isApiError(user.error, 'not-found');
  useDocumentTitle(notFound ? 'Customer user not found' : user.data?.login, !notFound && heading);

  return (
    <>
      <Breadcrumb items={[{ label: 'Customer User Management', href: listHref }, { label: heading }]} />
      {user.isPending ? (
        <LoadingState>Loading the customer user…</LoadingState>
      ) : user.isError ? (
        notFound ? (
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
          <h1>
            {heading}: <UserText>{user.data.login}</UserText>
          </h1>
          <CustomerUserTabs customerUserId={user.data.id} />
          <Outlet context={{ customerUser: user.data, listHref }} />
        </>
      )}
    </>
  );
}

function useTabHeading(): string {
  const groups = useMatch(paths.customerUsers.groups.path);
  const customers = useMatch(paths.customerUsers.customers.path);
  if (groups) return 'Groups of Customer User';
  if (customers) return 'Customers of Customer User';
  return 'Edit Customer User';
}
