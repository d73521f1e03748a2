import { PageLayout } from '@/components/layout/page-layout';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useSession } from '@/features/permissions';
import { m } from '@/i18n';
import { productName, useDocumentTitle } from '@/lib/document-title';
import { useSettings } from '../api/settings-api';
import { SettingsForm } from '../components/settings-form';

/** The server settings the console follows; administrators change them in the demo. */
export function SettingsRoute() {
  const settings = useSettings();
  const session = useSession();
  useDocumentTitle(m.settings_heading());
  return (
    <PageLayout>
      <Breadcrumb items={[{ label: productName(), href: paths.home.href() }, { label: m.settings_heading() }]} />
      <h1>{m.settings_heading()}</h1>
      {settings.isPending || session.isPending ? (
        <LoadingState>{m.settings_loading()}</LoadingState>
      ) : settings.isError ? (
        <ErrorState title={m.settings_load_failed()} error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} readOnly={!session.data?.isAdministrator} />
      )}
    </PageLayout>
  );
}
