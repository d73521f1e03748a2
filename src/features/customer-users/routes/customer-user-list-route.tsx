import { CustomerUserList } from '../components/customer-user-list';
import { useRememberListLocation } from '../lib/list-location';

export function CustomerUserListRoute() {
  useRememberListLocation();
  return (
    <>
      <h1>Customer User Management</h1>
      <CustomerUserList />
    </>
  );
}
