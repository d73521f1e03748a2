// The customer-user screens for the app's routes. The list and its frame come with the first paint;
// the rest loads on demand.
export { CustomerUserListRoute } from './customer-user-list-route';
export { CustomerUsersLayout } from './customer-users-layout';

export {
  CustomerUserDataScreen,
  CustomerUserEditScreen,
  CustomerUserHistoryScreen,
  CustomerUserNewScreen,
} from './edit-screens';
