// What other features may use of Settings: the server settings they adapt to, and saving them (the Demo panel's
// "Customer group support").
export { settingsQueryOptions, useSaveSettings, useSettings } from './api/settings-api';
