import { Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';

/** The frame of the Groups screens: the content alone, with its messages ("Changes saved."). */
export function GroupsLayout() {
  return (
    <PageLayout>
      <Outlet />
    </PageLayout>
  );
}
