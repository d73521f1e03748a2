// What other features may use of Settings: the server settings they adapt to.
export { settingsQueryOptions, useSettings } from './api/settings-api';
