import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { useSettings } from '@/features/settings';
import { settledOrAfter } from '@/lib/settled-or-after';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';
import { navigateUrgently } from '@/lib/urgent-navigation';
import { customerUsersQueryOptions } from '../api/customer-users-api';
import { defaultListLimit, listWindow } from '../lib/list-query';
import { useListSearchParams } from '../lib/list-search-params';

/**
 * How long a search waits for its rows before the screen changes over to it anyway, showing the previous
 * rows as stale meanwhile. An answer within it feels immediate, and the screen changes once.
 */
export const searchRowsWait = 100;

/**
 * The sidebar's search. The rows are asked for first, and the screen changes over to the new URL when
 * they are here (decision 014): changing it meanwhile would hold up the answer, since the page that
 * renders it also runs the mock API, and would cost a frame more for nothing on view.
 */
export function CustomerUserSearch() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const { params, hrefWith } = useListSearchParams();
  const latestSearch = useRef(0);
  const location = useLocation();
  const shownLocation = useRef(location.key);
  useLayoutEffect(() => {
    shownLocation.current = location.key;
  }, [location.key]);

  async function search(term: string) {
    if (!confirmLeavingUnsavedChanges()) return;
    const next = { ...params, search: term, page: 1, all: false };
    const href = hrefWith({ search: term, all: false });
    const searchNumber = ++latestSearch.current;
    const from = { location: shownLocation.current, url: window.location.href };
    await settledOrAfter(
      queryClient.prefetchQuery(
        customerUsersQueryOptions(listWindow(next, settings.data?.listLimit ?? defaultListLimit).query),
      ),
      searchRowsWait,
    );
    // A later search wins, and so does a screen the admin went to meanwhile.
    const moved = shownLocation.current !== from.location || window.location.href !== from.url;
    if (searchNumber !== latestSearch.current || moved) return;
    navigateUrgently(() => navigate(href));
  }

  return <SidebarSearch term={params.search} onSearch={(term) => void search(term)} />;
}
