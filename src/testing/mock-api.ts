// The one door from the app's tests to the mock API: its server, its store, and the named demo records.
export { server, testStore } from '@mocks/node';
export { demoCustomers, demoCustomerUsers, demoGroups, unknownIds } from '@mocks/seed/fixtures';
