// What other features may use of Customers: the customers a customer user can be given.
export { customerOptionsQueryOptions, useCustomerOptions } from './api/customers-api';
