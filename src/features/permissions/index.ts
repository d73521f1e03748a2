// What other features and the app may use of Permissions: who may manage groups, the session, the
// groups, and the effective permissions of a customer user. Its screens are in ./routes/screens.
export { useGroupAccess } from './api/group-access';
export { groupsQueryOptions, useGroups } from './api/groups-api';
export { sessionQueryOptions, useSession } from './api/session-api';
export { EffectivePermissions } from './components/effective-permissions';
