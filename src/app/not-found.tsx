import { Link } from 'react-router';

export function NotFound() {
  return (
    <main id="main-content" className="content content--alone">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/customer-users">Go to Customer User Management</Link>
      </p>
    </main>
  );
}
