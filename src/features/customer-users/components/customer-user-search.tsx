import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { useSettings } from '@/features/settings';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';
import { customerUsersQueryOptions } from '../api/customer-users-api';
import { defaultListLimit, listWindow } from '../lib/list-query';
import { useListSearchParams } from '../lib/list-search-params';

export function CustomerUserSearch() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const { params, hrefWith } = useListSearchParams();

  function search(term: string) {
    if (!confirmLeavingUnsavedChanges()) return;
    const next = { ...params, search: term, page: 1, all: false };
    // Ask the server at once, while the screen is still changing over to the new URL.
    void queryClient.prefetchQuery(
      customerUsersQueryOptions(listWindow(next, settings.data?.listLimit ?? defaultListLimit).query),
    );
    navigate(hrefWith({ search: term, all: false }));
  }

  return <SidebarSearch term={params.search} onSearch={search} />;
}
