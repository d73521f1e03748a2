import { CustomerUserList } from '../components/customer-user-list';

export function CustomerUserListRoute() {
  return (
    <>
      <h1>Customer User Management</h1>
      <CustomerUserList />
    </>
  );
}
