import { CustomerList } from '../components/customer-list';

export function CustomerListRoute() {
  return (
    <>
      <h1>Customer Management</h1>
      <CustomerList />
    </>
  );
}
