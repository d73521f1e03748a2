import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main-content" className="content content--alone">
      <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'There is no page at this address.'
          : 'The screen could not be shown. Reload the page to try again.'}
      </p>
      <p>
        <Link to="/customer-users">Go to Customer User Management</Link>
      </p>
    </main>
  );
}
