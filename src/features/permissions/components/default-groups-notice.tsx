import type { Group } from '@/api/group-schema';
import { Notice } from '@/components/ui/notice';

/** Why a default group's boxes are granted and disabled, as each box's description says. */
export const defaultGroupReason = 'Default group: every customer user has it.';

/** The default groups every customer user has in full; no screen can give or take them. */
export function DefaultGroupsNotice({ groups }: { groups: readonly Group[] }) {
  if (groups.length === 0) return null;
  return (
    <Notice as="section" aria-labelledby="default-groups">
      <h2 id="default-groups">Customer User Default Groups</h2>
      <p>
        Every customer user has all permissions on {groups.map((group) => group.name).join(', ')}. They cannot be
        changed here.
      </p>
    </Notice>
  );
}
