import { lazyScreen } from '@/lib/lazy-screen';

export const SettingsScreen = lazyScreen(async () => (await import('./settings-route')).SettingsRoute);
