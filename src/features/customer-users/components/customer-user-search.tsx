import { useNavigate } from 'react-router';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { useListSearchParams } from '../list-search-params';

export function CustomerUserSearch() {
  const navigate = useNavigate();
  const { params, hrefWith } = useListSearchParams();
  return <SidebarSearch term={params.search} onSearch={(search) => navigate(hrefWith({ search, all: false }))} />;
}
