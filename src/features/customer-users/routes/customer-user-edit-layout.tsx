import { Outlet, useMatch, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';
import { m, richMessage } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { useCustomerUser } from '../api/customer-users-api';
import { CustomerUserTabs } from '../components/customer-user-tabs';
import { useCustomerUserListHref } from '../lib/list-search-params';

/** The frame of a customer user's tabs (Data, Groups, Customers, History): the way back, the heading, the tabs. */
export function CustomerUserEditLayout() {
  const { customerUserId = '' } = useParams();
  const listHref = useCustomerUserListHref();
  const user = useCustomerUser(customerUserId);
  const tab = useTab();
  const notFound = user.isError && isApiError(user.error, 'not-found');
  useDocumentTitle(notFound ? m.customer_users_not_found() : user.data?.login, !notFound && tab.title());

  return (
    <>
      <Breadcrumb items={[{ label: m.customer_users_management(), href: listHref }, { label: tab.title() }]} />
      {user.isPending ? (
        <LoadingState>{m.customer_users_loading_user()}</LoadingState>
      ) : user.isError ? (
        notFound ? (
          <>
            <h1>{m.customer_users_not_found()}</h1>
            <p>{m.customer_users_not_found_text()}</p>
          </>
        ) : (
          <ErrorState title={m.customer_users_user_load_failed()} error={user.error} onRetry={() => user.refetch()} />
        )
      ) : (
        <>
          <h1>{richMessage(tab.heading, { login: <UserText>{user.data.login}</UserText> })}</h1>
          <CustomerUserTabs customerUserId={user.data.id} />
          <Outlet context={{ customerUser: user.data, listHref }} />
        </>
      )}
    </>
  );
}

/** The tab on view: its title ("Edit Customer User") and its heading with the username ("Edit Customer User: jdoe"). */
function useTab(): { title: () => string; heading: (inputs: { login: string }) => string } {
  const groups = useMatch(paths.customerUsers.groups.path);
  const customers = useMatch(paths.customerUsers.customers.path);
  const history = useMatch(paths.customerUsers.history.path);
  if (groups) return { title: m.customer_users_groups_of, heading: m.customer_users_groups_of_heading };
  if (customers) return { title: m.customer_users_customers_of, heading: m.customer_users_customers_of_heading };
  if (history) return { title: m.customer_users_history, heading: m.customer_users_history_heading };
  return { title: m.customer_users_edit, heading: m.customer_users_edit_heading };
}
