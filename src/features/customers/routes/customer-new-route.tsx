import { Link } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { paths } from '@/config/paths';
import { CustomerForm } from '../components/customer-form';

export function CustomerNewRoute() {
  return (
    <>
      <Breadcrumb>
        <Link to={paths.customers.list.href()}>Customer Management</Link>
      </Breadcrumb>
      <h1>Add Customer</h1>
      <CustomerForm />
    </>
  );
}
