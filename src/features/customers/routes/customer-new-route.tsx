import { Link } from 'react-router';
import { CustomerForm } from '../components/customer-form';

export function CustomerNewRoute() {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/customers">Customer Management</Link>
      </p>
      <h1>Add Customer</h1>
      <CustomerForm />
    </>
  );
}
