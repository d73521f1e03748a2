import type { Group } from '@/api/group-schema';
import { Notice } from '@/components/ui/notice';
import { m } from '@/i18n';

/** Why a default group's boxes are granted and disabled, as each box's description says. */
export const defaultGroupReason = (): string => m.permissions_default_group_reason();

/** The default groups every customer user has in full; no screen can give or take them. */
export function DefaultGroupsNotice({ groups }: { groups: readonly Group[] }) {
  if (groups.length === 0) return null;
  return (
    <Notice as="section" aria-labelledby="default-groups">
      <h2 id="default-groups">{m.permissions_default_groups_heading()}</h2>
      <p>{m.permissions_default_groups_text({ groups: groups.map((group) => group.name).join(', ') })}</p>
    </Notice>
  );
}
