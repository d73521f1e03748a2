import { PageLayout } from '@/components/layout/page-layout';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useSession } from '@/features/permissions';
import { useSettings } from '../api/settings-api';
import { SettingsForm } from '../components/settings-form';

/** The server settings the console follows; administrators change them in the demo. */
export function SettingsRoute() {
  const settings = useSettings();
  const session = useSession();
  return (
    <PageLayout>
      <h1>Settings</h1>
      {settings.isPending || session.isPending ? (
        <LoadingState>Loading the settings…</LoadingState>
      ) : settings.isError ? (
        <ErrorState
          title="The settings could not be loaded."
          error={settings.error}
          onRetry={() => settings.refetch()}
        />
      ) : (
        <SettingsForm settings={settings.data} readOnly={!session.data?.isAdministrator} />
      )}
    </PageLayout>
  );
}
