import type { Session } from '@/api/session-schema';
import type { Settings } from '@/api/settings-schema';

/** Who uses the demo console; the demo switch makes them an administrator or not. */
export type Agent = Session;

/** The server settings a fresh store starts with. */
export const defaultSettings: Settings = {
  customerGroupSupport: true,
  alwaysGroups: ['users'],
  otherCustomersContext: false,
  listLimit: 1000,
};

export const defaultAgent: Agent = { login: 'admin', name: 'Admin Istrator', isAdministrator: true };
