import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { CustomerForm } from '../components/customer-form';

export function CustomerNewRoute() {
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.customers.list.href()}>Customer Management</Link>
      </p>
      <h1>Add Customer</h1>
      <CustomerForm />
    </>
  );
}
