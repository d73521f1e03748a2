import { Link } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { CustomerForm } from '../components/customer-form';
import { useCustomerListHref } from '../lib/list-search-params';

export function CustomerNewRoute() {
  const listHref = useCustomerListHref();
  return (
    <>
      <Breadcrumb>
        <Link to={listHref}>Customer Management</Link>
      </Breadcrumb>
      <h1>Add Customer</h1>
      <CustomerForm />
    </>
  );
}
